// Search and filters of the website's list, in the browser, with no request anywhere.
// Each person's card carries its searchable text already folded by the app (core/arabic.py);
// the query is folded here with the same tables, which the app writes into FOLD below, so that
// أحمد finds احمد, علاء finds عـلاء and ١٣٦٥ finds 1365 exactly as in the app.
"use strict";
(function () {
  var FOLD = /*FOLD_TABLES*/ null;
  var marks = new RegExp(FOLD.marks, "gu");
  function fold(text) {
    text = (text || "").replace(marks, "");
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      out += Object.prototype.hasOwnProperty.call(FOLD.chars, ch) ? FOLD.chars[ch] : ch;
    }
    return out.toLowerCase().replace(/\s+/g, " ").trim();
  }
  window.profileeditorFold = fold;
  var tools = document.getElementById("tools");
  var list = document.getElementById("people");
  if (!tools || !list) return;
  tools.hidden = false;
  var query = document.getElementById("q");
  var status = document.getElementById("status");
  var profession = document.getElementById("profession");
  var count = document.getElementById("count");
  var items = Array.prototype.slice.call(list.querySelectorAll("li"));
  function apply() {
    var words = fold(query.value).split(" ").filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var hay = item.getAttribute("data-search");
      var ok = words.every(function (w) { return hay.indexOf(w) >= 0; });
      ok = ok && (!status.value || item.getAttribute("data-status") === status.value);
      ok = ok && (!profession.value || item.getAttribute("data-profession") === profession.value);
      item.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = count.getAttribute("data-template").replace("{n}", String(shown));
  }
  [query, status, profession].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  apply();
})();
