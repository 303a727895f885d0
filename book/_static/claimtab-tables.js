/* Sortable, filterable tables for the book (claimtab.htmltable writes them). One small file,
   loaded once per page. A click on a column's name sorts by it (again: the other way); a cell's
   sort key is its data-sort attribute when it has one, else its text; empty keys sort last. */
(() => {
  "use strict";
  const key = (cell) => (cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim());
  const isNumeric = (rows, i) =>
    rows.every((r) => { const k = key(r.cells[i]); return k === "" || !Number.isNaN(Number(k)); });

  function sortBy(table, th) {
    const i = th.cellIndex;
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    const numeric = isNumeric(rows, i);
    rows.sort((a, b) => {
      const x = key(a.cells[i]);
      const y = key(b.cells[i]);
      if (x === "" || y === "") return (x === "") - (y === "");
      const c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? c : -c;
    });
    for (const h of th.parentElement.cells) h.setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    body.append(...rows);
  }

  function filter(table, input) {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const r of table.tBodies[0].rows) {
      r.hidden = q !== "" && !r.textContent.toLowerCase().includes(q);
      shown += r.hidden ? 0 : 1;
    }
    const n = table.tBodies[0].rows.length;
    const label = document.querySelector(`.claimtab-count[data-table="${table.id}"]`);
    const rows = (k) => `${k.toLocaleString("en")} row${k === 1 ? "" : "s"}`;
    if (label) label.textContent = shown === n ? rows(n) : `${shown.toLocaleString("en")} of ${rows(n)}`;
  }

  function init() {
    for (const table of document.querySelectorAll("table.claimtab-table")) {
      for (const th of table.tHead.rows[0].cells) {
        th.tabIndex = 0;
        th.addEventListener("click", () => sortBy(table, th));
        th.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(table, th); }
        });
      }
      const input = document.querySelector(`.claimtab-filter[data-table="${table.id}"]`);
      if (input) input.addEventListener("input", () => filter(table, input));
      table.dataset.ready = "true";
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
