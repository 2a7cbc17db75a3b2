/* Transcript archive: "Copy link" and "Cite" buttons on every turn (works online and from file://). */
(function () {
  "use strict";

  function pageUrl(id) {
    var url = window.location.href.split("#")[0].split("?")[0];
    return url + "#" + id;
  }

  function copy(text, button, done) {
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "absolute";
      area.style.left = "-9999px";
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* the text stays visible to copy by hand */ }
      document.body.removeChild(area);
      done();
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function status(button, message) {
    var note = button.parentNode.querySelector(".tx-status");
    note.textContent = message;
    window.setTimeout(function () { note.textContent = ""; }, 2500);
  }

  function citation(head, id) {
    var who = head.querySelector(".tx-who");
    var title = document.querySelector(".md-content h1");
    var date = null;
    document.querySelectorAll("dl.tx-meta dt").forEach(function (dt) {
      if (dt.textContent.trim() === "Date") { date = dt.nextElementSibling; }
    });
    var parts = [];
    if (who) { parts.push(who.textContent.trim()); }
    if (title) { parts.push("“" + title.textContent.replace("¶", "").trim() + "”"); }
    if (date && date.textContent.trim() !== "Not given") { parts.push(date.textContent.trim()); }
    return parts.join(", ") + ". " + pageUrl(id);
  }

  function button(label, text) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "tx-action";
    b.textContent = label;
    b.setAttribute("aria-label", text);
    return b;
  }

  function decorate(head) {
    var id = head.id || (head.closest("[id]") && head.closest("[id]").id);
    if (!id || head.querySelector(".tx-actions")) { return; }
    var actions = document.createElement("span");
    actions.className = "tx-actions";
    var link = button("Copy link", "Copy a link to this turn");
    var cite = button("Cite", "Show and copy a citation of this turn");
    var note = document.createElement("span");
    note.className = "tx-status";
    note.setAttribute("role", "status");
    actions.appendChild(link);
    actions.appendChild(cite);
    actions.appendChild(note);
    head.appendChild(actions);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      copy(pageUrl(id), link, function () { status(link, "Link copied"); });
    });
    cite.addEventListener("click", function (event) {
      event.preventDefault();
      var text = citation(head, id);
      var box = head.parentNode.querySelector('.tx-citation[data-for="' + id + '"]');
      if (!box) {
        box = document.createElement("p");
        box.className = "tx-citation";
        box.setAttribute("data-for", id);
        head.insertAdjacentElement("afterend", box);
      }
      box.textContent = text;
      copy(text, cite, function () { status(cite, "Citation copied"); });
    });
  }

  function init() {
    document.querySelectorAll(".md-typeset .tx-head").forEach(decorate);
    var dialog = document.querySelector('.md-search[role="dialog"]');
    if (dialog && !dialog.getAttribute("aria-label")) { dialog.setAttribute("aria-label", "Search the archive"); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
