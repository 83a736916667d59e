// Progressive enhancement only: the page is complete without this script.
(function () {
  "use strict";
  function claimFilter() {
    var box = document.querySelector(".filters[data-for='claims-table']");
    var table = document.getElementById("claims-table");
    if (!box || !table) { return; }
    box.hidden = false;
    var input = document.getElementById("claim-filter");
    var denied = document.getElementById("claim-denied");
    var count = document.getElementById("claim-count");
    var rel = "";
    function apply() {
      var words = (input.value || "").toLowerCase().trim();
      var shown = 0;
      var rows = table.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (!rel || r.getAttribute("data-rel") === rel) &&
          (!denied.checked || r.getAttribute("data-denied") === "1") &&
          (!words || (r.getAttribute("data-text") || "").indexOf(words) !== -1);
        r.classList.toggle("is-hidden", !ok);
        if (ok) { shown++; }
      }
      count.textContent = shown + " of " + rows.length + " claims shown";
    }
    box.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-filter-rel]");
      if (!b) { return; }
      rel = b.getAttribute("data-filter-rel");
      box.querySelectorAll("button[data-filter-rel]").forEach(function (x) {
        x.setAttribute("aria-pressed", x === b ? "true" : "false");
      });
      apply();
    });
    input.addEventListener("input", apply);
    denied.addEventListener("change", apply);
    apply();
  }
  function highlight() {
    document.querySelectorAll("mark.is-current").forEach(function (m) {
      m.classList.remove("is-current");
    });
    var key = decodeURIComponent((location.hash || "").slice(1));
    if (key.indexOf("ev-") !== 0) { return; }
    var marks = document.querySelectorAll("mark[data-ev]");
    for (var i = 0; i < marks.length; i++) {
      if ((" " + marks[i].getAttribute("data-ev") + " ").indexOf(" " + key + " ") !== -1) {
        marks[i].classList.add("is-current");
      }
    }
  }
  // A highlight leads to what it is evidence of: the claim its statement belongs to,
  // else the statement's source (the findings list beside the text knows which).
  function followMarks() {
    var findings = document.querySelectorAll(".findings .finding[data-go]");
    if (!findings.length) { return; }
    var target = {};
    findings.forEach(function (f) {
      var go = f.getAttribute("data-go");
      if (go && !target[f.getAttribute("data-ev")]) { target[f.getAttribute("data-ev")] = go; }
    });
    document.querySelectorAll("mark[data-ev]").forEach(function (m) {
      var keys = m.getAttribute("data-ev").split(" ");
      for (var i = 0; i < keys.length; i++) {
        if (target[keys[i]]) {
          m.classList.add("is-link");
          m.setAttribute("data-go", target[keys[i]]);
          return;
        }
      }
    });
    document.addEventListener("click", function (e) {
      var m = e.target.closest("mark.is-link");
      if (m && !window.getSelection().toString()) { location.href = m.getAttribute("data-go"); }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    claimFilter();
    highlight();
    followMarks();
    window.addEventListener("hashchange", highlight);
    // Print everything: folded reasons, mentions and statements included.
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    });
  });
})();
