// Parley's one script, served from the same origin (the Content-Security-Policy allows no inline code).
// Sortable tables: the buttons in the headers of a .sortable table sort its rows, once ascending, again descending.
// Without this script the table keeps the store's order (newest first); nothing else depends on it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = [...table.tHead.rows[0].cells];
    headers.forEach((th, column) => {
      const button = th.querySelector("button[data-sort]");
      if (!button) return;
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        const numeric = button.dataset.sort === "n";
        const body = table.tBodies[0];
        const value = row => {
          const cell = row.cells[column];
          const text = cell.dataset.value ?? cell.textContent.trim();
          return numeric ? Number(text) : text.toLowerCase();
        };
        const rows = [...body.rows].sort((a, b) => {
          const x = value(a), y = value(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        headers.forEach(h => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        body.append(...rows);
      });
    });
  }
});
