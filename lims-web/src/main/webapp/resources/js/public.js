/*
 * The public pages' language switch posts its form to the address with the page's query string,
 * so that the filters of the list stay. A listener in the capture phase sets the form's action
 * before Faces' own click handler submits it (no inline handler: the pages' policy allows none).
 */
document.addEventListener(
  'click',
  function (e) {
    var link = e.target.closest && e.target.closest('.lang-switch');
    var form = link && link.closest('form');
    if (form) {
      form.action = form.action.split('?')[0] + window.location.search;
    }
  },
  true
);
