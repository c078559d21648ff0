/*
 * Small fixes every page needs after PrimeFaces has drawn it (and again after each ajax update):
 * an icon-only date-picker button is named for screen readers ("选择日期", not PrimeFaces'
 * placeholder text "ui-button"); after a form came back with errors the first field in error is
 * scrolled into view and focused (on a phone the messages at the top of a long form were out of
 * sight). A location button (class gps-button, the ids of its two fields in data-latitude and
 * data-longitude) fills them from the device's position. Listeners only: the pages' policy allows no
 * inline script or handler of our own.
 */
(function () {
  function name() {
    var english = (document.documentElement.lang || '').indexOf('en') === 0;
    var label = english ? 'Choose a date' : '选择日期';
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (b) {
      b.setAttribute('aria-label', label);
      b.setAttribute('title', label);
      var walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (var t = walker.nextNode(); t; t = walker.nextNode()) {
        if (t.nodeValue.trim() === 'ui-button') {
          t.nodeValue = label;
        }
      }
    });
  }
  function firstError() {
    var field = document.querySelector(
      'main input.ui-state-error, main textarea.ui-state-error, main .ui-selectonemenu.ui-state-error,'
        + ' main .ui-inputfield.ui-state-error');
    if (field) {
      field.scrollIntoView({ block: 'center' });
      var input = field.matches('input, textarea') ? field : field.querySelector('input');
      if (input && input.focus) {
        input.focus({ preventScroll: true });
      }
    }
  }
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('.gps-button');
    if (!button || !navigator.geolocation) {
      return;
    }
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById(button.dataset.latitude).value = p.coords.latitude.toFixed(6);
      document.getElementById(button.dataset.longitude).value = p.coords.longitude.toFixed(6);
    });
  });
  document.addEventListener('DOMContentLoaded', function () { name(); firstError(); });
  window.addEventListener('load', name);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () { name(); firstError(); });
  }
})();
