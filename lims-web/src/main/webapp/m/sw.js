/*
 * The offline form's service worker (scope /lims/m/). It keeps the form's own files (page, script,
 * style, manifest, icons) so that the page opens without a connection, and answers them from the
 * cache first, refreshing the cache from the network when there is one. It does not touch the API
 * or /m/session.json: the page keeps its data (tasks, categories, samplers, forms) in IndexedDB
 * itself and sends forms only when it is online, so nothing is ever answered from a stale cache.
 * Written by hand (no Workbox, no CDN): nothing here loads from another site.
 *
 * The bundled Chinese font (FONT, Noto Sans SC, the full 10.5 MB face the reports embed) is not part
 * of the install: a phone with a Chinese font of its own never asks for it (app.css names the
 * device's fonts first and the face covers only the CJK ranges). The worker keeps it once a page
 * it controls has asked for it, or when the page tells it (app.js: the page downloaded the font
 * before the worker controlled it), and answers it from the cache from then on, so the form's
 * Chinese is drawn offline too.
 */
'use strict';
var CACHE = 'lims-field-form-v3';
var FONT = new URL('../resources/fonts/noto-sans-sc-regular.ttf', self.location.href).href;
var SHELL = ['./', 'index.html', 'app.js', 'app.css', 'manifest.webmanifest', 'icon-192.png',
  'icon-512.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(SHELL);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf('lims-field-form-') === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function isShell(url) {
  if (url.origin !== self.location.origin) {
    return false;
  }
  var scope = new URL(self.registration.scope);
  if (url.pathname.indexOf(scope.pathname) !== 0) {
    return false;
  }
  var rest = url.pathname.substring(scope.pathname.length);
  return rest === '' || SHELL.indexOf(rest) >= 0;
}

/** The font from the cache, else from the network, kept when it came whole. */
function font(cache) {
  return cache.match(FONT).then(function (cached) {
    return cached || fetch(FONT).then(function (response) {
      if (response.ok && !response.redirected) {
        cache.put(FONT, response.clone());
      }
      return response;
    });
  });
}

self.addEventListener('message', function (event) {
  if (event.data && event.data.keepFont) {
    event.waitUntil(caches.open(CACHE).then(font));
  }
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.href === FONT) {
    event.respondWith(caches.open(CACHE).then(font));
    return;
  }
  if (!isShell(url)) {
    return;
  }
  var key = url.pathname.substring(new URL(self.registration.scope).pathname.length) || './';
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key === '' ? './' : key).then(function (cached) {
      var fresh = fetch(request).then(function (response) {
        // a sign-in page or an error is not the form: keep the last good copy
        if (response.ok && !response.redirected) {
          cache.put(key, response.clone());
        }
        return response;
      });
      if (cached) {
        fresh.catch(function () { return null; });
        return cached;
      }
      return fresh;
    });
  }));
});
