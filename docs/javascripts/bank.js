// Formulas (KaTeX) and diagrams (Mermaid), served from this site and loaded only on pages that use them.
// Material's instant navigation swaps pages without a reload, so everything runs again on each `document$`.
(function () {
  "use strict";
  var vendor = new URL("../vendor/", document.currentScript.src);
  var loading = {};

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var url = new URL(path, vendor).href;
        var el = path.endsWith(".css")
          ? Object.assign(document.createElement("link"), { rel: "stylesheet", href: url })
          : Object.assign(document.createElement("script"), { src: url });
        el.onload = resolve;
        el.onerror = function () { reject(new Error("could not load " + url)); };
        document.head.appendChild(el);
      });
    }
    return loading[path];
  }

  // Markdown pages: pymdownx.arithmatex wraps maths as \( \) and \[ \]. Notebook cells keep $ and $$.
  var MATH = [
    { selector: ".arithmatex", delimiters: [
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true }] },
    { selector: ".jp-MarkdownOutput", delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false }] }
  ];

  function renderMath(root) {
    var groups = MATH.map(function (g) { return [g, root.querySelectorAll(g.selector)]; })
      .filter(function (pair) { return pair[1].length > 0; });
    if (!groups.length) return Promise.resolve();
    return Promise.all([load("katex/katex.min.css"), load("katex/katex.min.js")])
      .then(function () { return load("katex/contrib/auto-render.min.js"); })
      .then(function () {
        groups.forEach(function (pair) {
          pair[1].forEach(function (el) {
            window.renderMathInElement(el, { delimiters: pair[0].delimiters, throwOnError: false });
          });
        });
      });
  }

  var diagramCount = 0;
  function renderDiagrams(root) {
    var blocks = root.querySelectorAll("pre.bank-mermaid");
    if (!blocks.length) return Promise.resolve();
    return load("mermaid/mermaid.min.js").then(function () {
      var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
      window.mermaid.initialize({ startOnLoad: false, theme: dark ? "dark" : "default", securityLevel: "strict" });
      return Promise.all(Array.prototype.map.call(blocks, function (pre) {
        return window.mermaid.render("bank-mermaid-" + ++diagramCount, pre.textContent).then(function (out) {
          var figure = document.createElement("div");
          figure.className = "bank-diagram";
          figure.innerHTML = out.svg;
          pre.replaceWith(figure);
        });
      }));
    });
  }

  // Material searches on keyup only, so text pasted with the mouse, dropped in, or committed by an IME
  // without a key event would start no search. Forward every input event as a keyup.
  document.addEventListener("input", function (event) {
    var target = event.target;
    if (target instanceof HTMLInputElement && target.matches("[data-md-component=search-query]")) {
      target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  });

  document$.subscribe(function () {
    renderMath(document.body).catch(console.error);
    renderDiagrams(document.body).catch(console.error);
  });
})();
