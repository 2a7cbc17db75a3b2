/* Transcript archive search: answers from the index that `python -m generator` prebuilds in search-index/
   (see generator/search.py for the format).  Nothing is indexed in the browser: a query loads the shards of
   its terms and the pages it shows, each with a script element, so it works online and from file:// with no
   network.  Results use Material's search markup, in Material's search box. */
(function () {
  "use strict";
  var box = document.querySelector("[data-tx-search]");
  if (!box) { return; }
  var input = box.querySelector("[data-tx-search-query]");
  var form = box.querySelector("form");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var scroller = box.querySelector(".md-search__scrollwrap");
  var toggle = document.getElementById("__search");
  var root = new URL(box.getAttribute("data-tx-root"), window.location.href);
  var directoryUrls = box.getAttribute("data-tx-directory-urls") === "true";
  var PAGE_SIZE = 10, SHOWN_PASSAGES = 3, EXPANSIONS = 40, PREFIX_FACTOR = 0.6, SNIPPET = 220;
  var CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af";
  var TOKEN = new RegExp("[" + CJK + "]+|(?:(?![" + CJK + "])[\\p{L}\\p{N}])+", "gu");
  var CJK_START = new RegExp("^[" + CJK + "]");
  var state = { meta: null, stop: new Set(), keys: new Set(), shards: {}, pages: {}, loading: {} };
  var current = { sequence: 0, groups: [], shown: 0, terms: [] };
  var translations = {};
  try {
    translations = JSON.parse(document.getElementById("__config").textContent).translations || {};
  } catch (error) { /* English defaults below */ }

  function say(key, fallback, count) {
    return (translations[key] || fallback).replace("#", count);
  }

  window.txSearch = {
    meta: function (data) {
      state.meta = data;
      state.stop = new Set(data.stop);
      state.keys = new Set(data.shards);
    },
    shard: function (key, table) { state.shards[key] = table; },
    page: function (number, page) { state.pages[number] = page; },
    terms: function (text) { return terms(text); }  // for the tests: the same rules as generator/search.py
  };

  function load(name) {
    if (!state.loading[name]) {
      state.loading[name] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = new URL("search-index/" + name, root).href;
        script.onload = resolve;
        script.onerror = resolve;  // a missing file means no entries: the query still answers
        document.head.appendChild(script);
      });
    }
    return state.loading[name];
  }

  /* The same rules as generator/search.py's terms(). */
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function terms(text) {
    var out = [];
    (fold(text).match(TOKEN) || []).forEach(function (token) {
      var chars = Array.from(token);
      if (CJK_START.test(token)) {
        if (chars.length === 1) { out.push(token); }
        for (var i = 0; i + 1 < chars.length; i += 1) { out.push(chars[i] + chars[i + 1]); }
      } else if (chars.length > 1 && !state.stop.has(token)) {
        if (chars.length > 3 && /s$/.test(token) && !/(ss|us|is)$/.test(token)) { token = token.slice(0, -1); }
        out.push(token);
      }
    });
    return Array.from(new Set(out));
  }

  function shardKey(term) { return Array.from(term).slice(0, 2).join(""); }

  function shardFile(key) {
    return "t-" + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-") + ".js";
  }

  function pageOf(passage) {
    var starts = state.meta.starts, low = 0, high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= passage) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  /* Every term is also a prefix: "sanct" finds "sanctions".  A passage scores the best weight of each query
     term's forms; passages with more of the terms come first, then the higher score. */
  function rank(queryTerms) {
    var scores = new Map();
    queryTerms.forEach(function (term) {
      var table = state.shards[shardKey(term)] || {};
      var forms = Object.keys(table).filter(function (form) { return form.indexOf(term) === 0; });
      forms.sort(function (a, b) {
        return (b === term) - (a === term) || table[b].length - table[a].length;
      });
      var best = new Map();
      forms.slice(0, EXPANSIONS).forEach(function (form) {
        var postings = table[form], factor = form === term ? 1 : PREFIX_FACTOR, passage = 0;
        for (var i = 0; i < postings.length; i += 2) {
          passage += postings[i];
          var score = postings[i + 1] * factor;
          if (!(best.get(passage) >= score)) { best.set(passage, score); }
        }
      });
      best.forEach(function (score, passage) {
        var entry = scores.get(passage);
        if (entry) { entry[0] += score; entry[1] += 1; } else { scores.set(passage, [score, 1]); }
      });
    });
    var ranked = Array.from(scores.entries()).sort(function (a, b) {
      return b[1][1] - a[1][1] || b[1][0] - a[1][0] || a[0] - b[0];
    });
    var groups = new Map();
    ranked.forEach(function (entry) {
      var page = pageOf(entry[0]);
      if (!groups.has(page)) { groups.set(page, []); }
      groups.get(page).push(entry[0] - state.meta.starts[page]);
    });
    return Array.from(groups.entries());
  }

  function pageUrl(path, anchor) {
    var href = path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, directoryUrls ? "/" : ".html");
    if (!directoryUrls && (href === "" || /\/$/.test(href))) { href += "index.html"; }
    href = href.split("/").map(encodeURIComponent).join("/");
    return new URL(href, root).href + (anchor ? "#" + anchor : "");
  }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function highlighter(queryTerms) {
    var words = queryTerms.filter(function (t) { return !CJK_START.test(t); }).map(escapeRegExp);
    var pairs = queryTerms.filter(function (t) { return CJK_START.test(t); }).map(escapeRegExp);
    var parts = [];
    if (words.length) { parts.push("(?<![\\p{L}\\p{N}])(?:" + words.join("|") + ")[\\p{L}\\p{N}]*"); }
    if (pairs.length) { parts.push(pairs.join("|")); }
    return parts.length ? new RegExp(parts.join("|"), "giu") : null;
  }

  /* A paragraph with the query's words marked, cut to a window around the first of them. */
  function snippet(text, pattern) {
    var element = document.createElement("p");
    var first = pattern ? text.search(pattern) : -1;
    var start = first > SNIPPET / 2 ? text.lastIndexOf(" ", first - 40) + 1 : 0;
    var piece = (start > 0 ? "…" : "") + text.slice(start, start + SNIPPET) + (start + SNIPPET < text.length ? "…" : "");
    var position = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      piece.replace(pattern, function (match, offset) {
        element.appendChild(document.createTextNode(piece.slice(position, offset)));
        var mark = document.createElement("mark");
        mark.textContent = match;
        element.appendChild(mark);
        position = offset + match.length;
        return match;
      });
    }
    element.appendChild(document.createTextNode(piece.slice(position)));
    return element;
  }

  function link(href, documentLevel, heading, text, pattern) {
    var anchor = document.createElement("a");
    anchor.href = href;
    anchor.className = "md-search-result__link";
    anchor.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset" + (documentLevel ? " md-search-result__article--document" : "");
    if (documentLevel) {
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.appendChild(icon);
    }
    var title = document.createElement(documentLevel ? "h1" : "h2");
    title.textContent = heading;
    article.appendChild(title);
    if (text) { article.appendChild(snippet(text, pattern)); }
    anchor.appendChild(article);
    return anchor;
  }

  function item(number, passages, pattern) {
    var page = state.pages[number];
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    if (!page) { return li; }
    var own = passages.indexOf(0) >= 0 ? page.passages[0][2] : page.description;
    li.appendChild(link(pageUrl(page.path, ""), true, page.title, own, pattern));
    var turns = passages.filter(function (p) { return p !== 0; });
    var more = null;
    turns.forEach(function (p, index) {
      var row = page.passages[p];
      var entry = link(pageUrl(page.path, row[0]), false, row[1] || page.title, row[2], pattern);
      if (index < SHOWN_PASSAGES) { li.appendChild(entry); return; }
      if (!more) {
        more = document.createElement("details");
        more.className = "md-search-result__more";
        var summary = document.createElement("summary");
        summary.tabIndex = -1;
        var label = document.createElement("div");
        var rest = turns.length - SHOWN_PASSAGES;
        label.textContent = rest === 1 ? say("search.result.more.one", "1 more on this page")
          : say("search.result.more.other", "# more on this page", rest);
        summary.appendChild(label);
        more.appendChild(summary);
        li.appendChild(more);
      }
      more.appendChild(entry);
    });
    return li;
  }

  function showMore() {
    var sequence = current.sequence;
    var batch = current.groups.slice(current.shown, current.shown + PAGE_SIZE);
    if (!batch.length) { return Promise.resolve(); }
    current.shown += batch.length;
    return Promise.all(batch.map(function (group) { return load("p-" + group[0] + ".js"); })).then(function () {
      if (sequence !== current.sequence) { return; }
      var pattern = highlighter(current.terms);
      batch.forEach(function (group) { list.appendChild(item(group[0], group[1], pattern)); });
    });
  }

  function run() {
    var sequence = ++current.sequence;
    var query = input.value;
    return load("meta.js").then(function () {
      if (sequence !== current.sequence) { return null; }
      var queryTerms = terms(query);
      if (!queryTerms.length) { return null; }
      var keys = Array.from(new Set(queryTerms.map(shardKey))).filter(function (k) { return state.keys.has(k); });
      return Promise.all(keys.map(function (key) { return load(shardFile(key)); })).then(function () {
        return queryTerms;
      });
    }).then(function (queryTerms) {
      if (sequence !== current.sequence) { return; }
      list.textContent = "";
      current.groups = queryTerms ? rank(queryTerms) : [];
      current.terms = queryTerms || [];
      current.shown = 0;
      var count = current.groups.length;
      meta.textContent = !queryTerms ? say("search.result.placeholder", "Type to start searching")
        : count === 0 ? say("search.result.none", "No matching documents")
        : count === 1 ? say("search.result.one", "1 matching document")
        : say("search.result.other", "# matching documents", count.toLocaleString());
      return showMore().then(function () {
        box.dispatchEvent(new CustomEvent("tx-search-done", { detail: { query: query, count: count } }));
      });
    });
  }

  function open() {
    if (toggle && !toggle.checked) { toggle.checked = true; }
    window.setTimeout(function () { input.focus(); }, 0);
  }

  function close() {
    if (toggle) { toggle.checked = false; }
    input.blur();
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link")); }

  function editable(element) {
    return element && (element.isContentEditable || /^(input|textarea|select)$/i.test(element.tagName));
  }

  input.addEventListener("input", run);
  input.addEventListener("focus", function () { if (toggle) { toggle.checked = true; } });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { run(); input.focus(); }, 0);
  });
  if (toggle) {
    toggle.addEventListener("change", function () { if (toggle.checked) { open(); } else { input.blur(); } });
  }
  list.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) { close(); }
  });
  scroller.addEventListener("scroll", function () {
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 100) { showMore(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var searching = toggle ? toggle.checked : document.activeElement === input;
    var focused = document.activeElement;
    if (!searching) {
      if (!editable(focused) && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        open();
      }
      return;
    }
    var all = links(), index = all.indexOf(focused);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "Enter" && focused === input) {
      event.preventDefault();
      if (all.length) { all[0].click(); }
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!all.length) { return; }
      event.preventDefault();
      var next = event.key === "ArrowDown" ? index + 1 : index - 1;
      if (next < 0) { input.focus(); } else { all[Math.min(next, all.length - 1)].focus(); }
    }
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  load("meta.js");
  if (initial) {
    input.value = initial;
    open();
    run();
  }
}());
