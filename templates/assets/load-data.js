/* Data from classic scripts, served or opened from disk (file://, where fetch() is refused but <script src> runs):
 * a data script puts its values into a global map (src/classic-data.ts writes them); `take` loads the script once
 * and takes one value out of the map. Loaded before the search page's search.js and the article's originals.js. */
/* global document, self */
(function () {
  'use strict';
  var loaded = {}; // script URL → its load

  /** Runs the classic script at `src`; resolves when it ran, rejects when it could not be loaded. @param {string} src */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = function () {
        s.remove();
        resolve(undefined);
      };
      s.onerror = function () {
        s.remove();
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(s);
    });
  }

  /**
   * The value under `key` in the global map `name`, from the data script `src` (loaded once, again after a failure);
   * taken out of the map, so it is not held twice. @param {string} name @param {string} key @param {string} src
   */
  function take(name, key, src) {
    var map = function () {
      return self[name] || (self[name] = {});
    };
    if (map()[key] === undefined && !loaded[src]) {
      loaded[src] = loadScript(src).catch(function (e) {
        delete loaded[src]; // a reader may try again
        throw e;
      });
    }
    return (map()[key] !== undefined ? Promise.resolve() : loaded[src]).then(function () {
      var value = map()[key];
      if (value === undefined) throw new Error(src + ' lacks ' + key);
      delete map()[key];
      return value;
    });
  }

  /** @type {any} */ (globalThis).PressearchivData = { loadScript: loadScript, take: take };
})();
