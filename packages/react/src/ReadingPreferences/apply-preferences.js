/*
 * Aukio reading preferences: applied before first paint.
 * Include it in <head>, before the style sheets, as an external file (no inline script, so a strict
 * Content-Security-Policy needs no 'unsafe-inline' or hash):
 *   <script src="/aukio/apply-preferences.js"></script>
 * It reads what useReadingPreferences() saved in localStorage (key "aukio:reading-preferences:v1", or the key
 * in the script tag's data-storage-key attribute) and sets the data attributes on <html>. A missing, old or
 * corrupt value leaves the page at the defaults; this script never throws.
 * Keep in step with preferences.ts (a unit test runs both over the same inputs).
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var key = 'aukio:reading-preferences:v1';
  try {
    var script = document.currentScript;
    if (script && script.getAttribute('data-storage-key')) key = script.getAttribute('data-storage-key');
  } catch {
    /* keep the default key */
  }
  var prefs = { theme: 'light', textSize: 100, spacing: false, reduceMotion: false, underlineLinks: false };
  try {
    var raw = window.localStorage.getItem(key);
    if (raw && raw.length <= 2000) {
      var data = JSON.parse(raw);
      if (data && typeof data === 'object' && !Array.isArray(data) && data.version === 1) {
        if (['light', 'dark', 'high-contrast', 'auto'].indexOf(data.theme) !== -1) prefs.theme = data.theme;
        var size = typeof data.textSize === 'string' ? Number(data.textSize) : data.textSize;
        if ([100, 125, 150, 200].indexOf(size) !== -1) prefs.textSize = size;
        if (typeof data.spacing === 'boolean') prefs.spacing = data.spacing;
        if (typeof data.reduceMotion === 'boolean') prefs.reduceMotion = data.reduceMotion;
        if (typeof data.underlineLinks === 'boolean') prefs.underlineLinks = data.underlineLinks;
      }
    }
  } catch {
    /* blocked storage or corrupt JSON: defaults */
  }
  function set(name, on, value) {
    if (on) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
  set('data-aukio-theme', true, prefs.theme);
  set('data-aukio-text-size', prefs.textSize !== 100, String(prefs.textSize));
  set('data-aukio-spacing', prefs.spacing, '');
  set('data-aukio-motion', prefs.reduceMotion, 'reduce');
  set('data-aukio-underline-links', prefs.underlineLinks, '');
})();
