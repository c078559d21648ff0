/*
 * The application's Chart.js settings, applied to every p:chart (extender="limsChart") before it
 * is drawn: the page's fonts (Chinese included) instead of Chart.js' Helvetica, every category
 * label shown (no skipping every other unit or month), and a horizontal bar chart as tall as its
 * rows need, so that 16 units never squeeze into a phone's 300 pixels.
 */
function limsChart() {
  var config = this.cfg.config;
  var options = config.options || (config.options = {});
  var family = window.getComputedStyle(document.body).fontFamily;
  if (family) {
    Chart.defaults.font.family = family;
  }
  var horizontal = options.indexAxis === 'y';
  var labels = (config.data && config.data.labels) || [];
  var scales = options.scales || (options.scales = {});
  var categoryAxis = horizontal ? 'y' : 'x';
  var category = scales[categoryAxis] || (scales[categoryAxis] = {});
  var ticks = category.ticks || (category.ticks = {});
  ticks.autoSkip = false;
  var narrow = window.matchMedia('(max-width: 768px)').matches;
  if (horizontal) {
    // one row of about 26 px per label plus the axis and the legend
    var needed = labels.length * (narrow ? 24 : 26) + 90;
    if (this.jq.height() < needed) {
      // above the pages' phone rule (a chart at most 300 px high)
      this.jq[0].style.setProperty('height', needed + 'px', 'important');
      this.jq[0].style.setProperty('max-height', 'none', 'important');
    }
  } else if (narrow && labels.length > 6) {
    ticks.maxRotation = 90;
    ticks.minRotation = labels.length > 12 ? 60 : 0;
    ticks.font = { size: 10 };
  }
  // a web font arrives after the first drawing: draw again with it
  var widget = this;
  if (document.fonts && document.fonts.load) {
    document.fonts.load('12px LimsNotoSansSC', '\u6708').then(function () {
      if (widget.chart) {
        widget.chart.update();
      }
    });
  }
}
