/* Progressive enhancement only: without this script every row shows, in score order. */
(function () {
  "use strict";
  var table = document.querySelector("table[data-sortable]");
  if (table && table.tHead && table.tBodies.length) {
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return r.hasAttribute("data-filter-text"); });
    var keyOf = function (row, index, numeric) {
      var cell = row.cells[index];
      var value = cell.getAttribute("data-sort");
      if (value === null) { value = cell.textContent; }
      if (numeric) { var n = parseFloat(value); return isNaN(n) ? -Infinity : n; }
      return value.toLowerCase();
    };
    var sortBy = function (th, index) {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var numeric = th.getAttribute("data-sort-type") === "number";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = keyOf(a, index, numeric), y = keyOf(b, index, numeric);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    };
    Array.prototype.forEach.call(heads, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(th, index); });
    });
    var filter = document.querySelector("[data-filter]");
    if (filter && rows.length) {
      var input = filter.querySelector("input");
      var count = filter.querySelector("[role=status]");
      var noun = filter.getAttribute("data-filter-noun") || "authorities";
      filter.hidden = false;
      input.addEventListener("input", function () {
        var query = input.value.trim().toLowerCase();
        var shown = 0;
        rows.forEach(function (r) {
          var match = !query || r.getAttribute("data-filter-text").indexOf(query) !== -1;
          r.hidden = !match;
          if (match) { shown += 1; }
        });
        count.textContent = shown + " of " + rows.length + " " + noun + " shown";
      });
    }
  }
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
}());
