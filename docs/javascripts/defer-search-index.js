// Material downloads the whole search index (about 1 MB) on every first page view, searching or not.
// Hold that request back until the reader shows they want to search: focusing the search box
// (clicking it, or pressing / or s, which focus it). Material then builds its index as usual.
(function () {
  "use strict";
  var INDEX = /search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var waiting = [];
  var released = false;

  function release() {
    if (released) return;
    released = true;
    waiting.forEach(function (start) { start(); });
    waiting = [];
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.bankSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (request.bankSearchIndex && !released) {
      waiting.push(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(request, args);
  };

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target instanceof HTMLInputElement && target.matches("[data-md-component=search-query]")) release();
  });
})();
