// Progressive enhancement only: the page is complete without this script.
(function () {
  "use strict";
  // The filter and sort of a claims table live in the address (?q=&reliability=&denied=
  // &sort=), so a filtered view can be bookmarked and shared; the app's server reads
  // the same reliability and denied parameters. The report file keeps no state (file:).
  function claimFilter() {
    var box = document.querySelector(".filters[data-for='claims-table']");
    var table = document.getElementById("claims-table");
    if (!box || !table) { return; }
    box.hidden = false;
    var input = document.getElementById("claim-filter");
    var denied = document.getElementById("claim-denied");
    var count = document.getElementById("claim-count");
    var params = new URLSearchParams(location.search);
    var rel = (params.get("reliability") || "").toUpperCase();
    var sort = params.get("sort") || "";
    input.value = params.get("q") || "";
    denied.checked = params.get("denied") === "true";
    var original = Array.prototype.slice.call(table.tBodies[0].rows);
    function remember() {
      if (!/^https?:$/.test(location.protocol) || !window.history.replaceState) { return; }
      var p = new URLSearchParams(location.search);
      [["q", input.value.trim()], ["reliability", rel], ["denied", denied.checked ? "true" : ""],
       ["sort", sort]].forEach(function (kv) {
        if (kv[1]) { p.set(kv[0], kv[1]); } else { p.delete(kv[0]); }
      });
      var query = p.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
    function key(row, name) {
      var v = row.getAttribute("data-" + name) || "";
      if (name === "grade") { return v || "~"; }  // ungraded last
      if (name === "first") { return v || "9999"; }  // undated last
      return -parseFloat(v || "0");  // most first
    }
    function order() {
      var rows = original.slice();
      if (sort) {
        rows.sort(function (a, b) {
          var ka = key(a, sort), kb = key(b, sort);
          return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
      }
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
      table.querySelectorAll("th[data-sort]").forEach(function (th) {
        th.setAttribute("aria-sort", th.getAttribute("data-sort") === sort ?
          (sort === "grade" || sort === "first" ? "ascending" : "descending") : "none");
      });
    }
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
      box.querySelectorAll("button[data-filter-rel]").forEach(function (x) {
        x.setAttribute("aria-pressed", x.getAttribute("data-filter-rel") === rel ? "true" : "false");
      });
      remember();
    }
    table.querySelectorAll("th[data-sort]").forEach(function (th) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "sort";
      b.textContent = th.textContent;
      b.title = "Sort by " + th.textContent.toLowerCase() + " (again: the first order)";
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", function () {
        var name = th.getAttribute("data-sort");
        sort = sort === name ? "" : name;
        order();
        apply();
      });
    });
    box.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-filter-rel]");
      if (!b) { return; }
      rel = b.getAttribute("data-filter-rel");
      apply();
    });
    input.addEventListener("input", apply);
    denied.addEventListener("change", apply);
    order();
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
