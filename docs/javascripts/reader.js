// Reader features, all progressive enhancement: without JavaScript every answer and row stays visible.
// - 自测模式: hide a question's answer behind 显示简答 then 显示详解 (remembered in localStorage).
// - 随机一题: open a random question from a list rendered into the page at build time.
// - Topic tables: filter rows by difficulty and tag.
(function () {
  "use strict";
  var STORAGE_KEY = "bank.selftest";

  function selfTestOn() {
    try { return localStorage.getItem(STORAGE_KEY) === "on"; } catch (e) { return false; }
  }

  function setSelfTest(on) {
    try { localStorage.setItem(STORAGE_KEY, on ? "on" : "off"); } catch (e) { /* private mode */ }
  }

  function addToggle() {
    var header = document.querySelector(".md-header__inner");
    if (!header || header.querySelector(".bank-selftest-toggle")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button bank-selftest-toggle";
    button.textContent = "自测";
    button.title = "自测模式：先遮住答案，自己回答后再展开";
    button.setAttribute("aria-pressed", String(selfTestOn()));
    button.addEventListener("click", function () {
      setSelfTest(!selfTestOn());
      button.setAttribute("aria-pressed", String(selfTestOn()));
      applySelfTest();
    });
    header.insertBefore(button, header.querySelector(".md-search") || null);
  }

  // The answer of a question page, split into the 简答 part and everything else.
  function answerParts() {
    var short = document.getElementById("简答");
    if (!short || !document.querySelector(".bank-meta")) return null;
    var container = short.closest(".jp-Notebook") || short.closest("article");
    var items = Array.prototype.slice.call(container.children);
    var position = function (el) {
      return items.findIndex(function (item) { return item === el || item.contains(el); });
    };
    var start = position(short);
    var details = document.getElementById("详解");
    var end = details ? position(details) : start + 1;
    var inArticle = container.tagName === "ARTICLE";
    var rest = items.filter(function (item, i) {
      if (i >= start && i < end) return false;
      if (inArticle && i < start) return false; // title, number, tags, difficulty stay visible
      return !item.classList.contains("md-source-file");
    });
    return { short: items.slice(start, end), rest: rest };
  }

  function revealButton(label, onClick) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button bank-reveal";
    button.textContent = label;
    button.addEventListener("click", function () { button.remove(); onClick(); });
    return button;
  }

  function setHidden(elements, hidden) {
    elements.forEach(function (el) { el.classList.toggle("bank-selftest-hidden", hidden); });
  }

  function applySelfTest() {
    document.querySelectorAll(".bank-reveal").forEach(function (b) { b.remove(); });
    document.querySelectorAll(".bank-selftest-hidden").forEach(function (el) { el.classList.remove("bank-selftest-hidden"); });
    document.body.classList.remove("bank-selftest-active");
    var parts = answerParts();
    if (!parts || !selfTestOn()) return;

    document.body.classList.add("bank-selftest-active");
    setHidden(parts.short, true);
    setHidden(parts.rest, true);
    var showShort = revealButton("显示简答", function () {
      setHidden(parts.short, false);
      if (!parts.rest.length) return document.body.classList.remove("bank-selftest-active");
      var showRest = revealButton("显示详解", function () {
        setHidden(parts.rest, false);
        document.body.classList.remove("bank-selftest-active");
      });
      var last = parts.short[parts.short.length - 1];
      last.parentNode.insertBefore(showRest, last.nextSibling);
      showRest.focus();
    });
    parts.short[0].parentNode.insertBefore(showShort, parts.short[0]);
  }

  function setupRandom() {
    document.querySelectorAll(".bank-random").forEach(function (box) {
      if (box.dataset.ready) return;
      box.dataset.ready = "1";
      var pool = JSON.parse(box.dataset.questions);
      var level = box.querySelector(".bank-random__difficulty");
      box.querySelector(".bank-random__go").addEventListener("click", function () {
        var choices = pool.filter(function (q) { return !level.value || q.difficulty === level.value; });
        if (!choices.length) return;
        var pick = choices[Math.floor(Math.random() * choices.length)];
        location.assign(new URL(pick.url, location.href).href);
      });
      box.hidden = false;
    });
  }

  function option(value, label) {
    var el = document.createElement("option");
    el.value = value;
    el.textContent = label;
    return el;
  }

  function setupFilters() {
    var wrapper = document.querySelector(".bank-topic-table");
    var table = wrapper && wrapper.querySelector("table");
    if (!table || wrapper.dataset.ready) return;
    wrapper.dataset.ready = "1";
    var rows = Array.prototype.slice.call(table.tBodies[0].rows).map(function (row) {
      var tags = Array.prototype.map.call(row.cells[2].querySelectorAll("code"), function (c) { return c.textContent; });
      return { row: row, tags: tags, difficulty: row.cells[3].textContent.trim() };
    });
    var difficulty = document.createElement("select");
    difficulty.className = "bank-filter__difficulty";
    difficulty.append(option("", "全部难度"));
    ["基础", "中等", "进阶"].forEach(function (d) { difficulty.append(option(d, d)); });
    var tag = document.createElement("select");
    tag.className = "bank-filter__tag";
    tag.append(option("", "全部标签"));
    var allTags = [];
    rows.forEach(function (r) { r.tags.forEach(function (t) { if (allTags.indexOf(t) < 0) allTags.push(t); }); });
    allTags.sort(function (a, b) { return a.localeCompare(b, "zh"); }).forEach(function (t) { tag.append(option(t, t)); });
    var count = document.createElement("span");
    count.className = "bank-filter__count";
    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button bank-filter__reset";
    reset.textContent = "清除筛选";

    function update() {
      var shown = 0;
      rows.forEach(function (r) {
        var visible = (!difficulty.value || r.difficulty === difficulty.value) &&
          (!tag.value || r.tags.indexOf(tag.value) >= 0);
        r.row.hidden = !visible;
        shown += visible ? 1 : 0;
      });
      count.textContent = "显示 " + shown + " / " + rows.length + " 题";
    }
    difficulty.addEventListener("change", update);
    tag.addEventListener("change", update);
    reset.addEventListener("click", function () { difficulty.value = ""; tag.value = ""; update(); });

    var bar = document.createElement("div");
    bar.className = "bank-filters";
    var labelled = function (text, control) {
      var label = document.createElement("label");
      label.append(text + " ", control);
      return label;
    };
    bar.append(labelled("难度", difficulty), labelled("标签", tag), reset, count);
    wrapper.parentNode.insertBefore(bar, wrapper);
    update();
  }

  document$.subscribe(function () {
    addToggle();
    applySelfTest();
    setupRandom();
    setupFilters();
  });
})();
