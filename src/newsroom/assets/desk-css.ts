/**
 * The desk's rules: the signed-in menu, the dashboard, the article list with its filters and
 * workflow buttons. Logical properties only, so Arabic runs right to left and English left to
 * right with the same rules; the colours are newsroom-css.ts's, with their contrast.
 *
 * The menu is a `<details>`: at phone width its button opens the list, with no script. Wider
 * screens show the list itself where the browser lets CSS open the disclosure's content
 * (`::details-content`); elsewhere the button stays, which still works.
 *
 * The article table becomes one card per article below 56rem, each cell led by its column's
 * name (the generated label is left out of what screen readers read, which have the header).
 */
export const deskCss = /* css */ `
/* ——— the menu ——— */

.bar-inner { position: relative; }
.bar .bar-menu { display: block; flex: 1 0 100%; }
.brand:has(+ .bar-menu) { padding-inline-end: 7.5rem; }
.menu-toggle {
  position: absolute;
  inset-block-start: 0.5rem;
  inset-inline-end: 1rem;
  display: flex;
  align-items: center;
  gap: 0.5rem;
  min-block-size: 2.75rem;
  padding-inline: 0.875rem;
  border: 1px solid var(--bar-ink);
  border-radius: var(--radius);
  font-weight: 700;
  cursor: pointer;
  list-style: none;
}
.menu-toggle::-webkit-details-marker { display: none; }
.menu-toggle::before {
  content: '';
  inline-size: 1.125rem;
  block-size: 0.875rem;
  border-block: 2px solid currentColor;
  background: linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
}
.menu[open] > .menu-toggle { background: var(--bar-ink); color: var(--bar); }
.menu-content { padding-block: 0.25rem 0.5rem; }
.bar-menu .menu-list { display: grid; gap: 0; }
.bar .menu-list a { display: flex; padding-inline: 0.25rem; }
.bar a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
.menu-user {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0 1rem;
  margin-block-start: 0.25rem;
  border-block-start: 1px solid var(--control);
}

@media (min-width: 48rem) {
  @supports selector(::details-content) {
    .brand:has(+ .bar-menu) { padding-inline-end: 0; }
    .menu-toggle { display: none; }
    .menu::details-content { content-visibility: visible; }
    .menu-content {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 1.5rem;
      padding: 0;
    }
    .bar-menu .menu-list { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .menu-user { margin: 0; border: 0; }
  }
}

/* ——— the dashboard ——— */

.dashboard { display: grid; gap: 0 1.25rem; }
@media (min-width: 56rem) {
  .dashboard { grid-template-columns: 1fr 1fr; align-items: start; }
}
.count {
  display: inline-block;
  margin-inline-start: 0.5rem;
  padding-inline: 0.625rem;
  border-radius: 1rem;
  background: var(--surface);
  color: var(--ink-2);
  font-size: 0.9375rem;
  font-weight: 500;
  white-space: nowrap;
}
.short-list { margin: 0 0 1rem; padding: 0; list-style: none; }
.short-list li { padding-block: 0.25rem 0.5rem; border-block-end: 1px solid var(--rule); }
.short-list li:last-child { border-block-end: 0; }
.short-list a { display: flex; align-items: center; min-block-size: 2.75rem; font-weight: 700; }
.when { margin: 0; color: var(--ink-3); font-size: 0.9375rem; }

/* ——— the article list ——— */

.filters {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  gap: 0 1rem;
  align-items: end;
}
.filter { margin-block-end: 1rem; }
.filter label { display: block; font-weight: 700; margin-block-end: 0.25rem; }
.filter-q, .filter-actions { grid-column: 1 / -1; }
.filter-check { display: flex; align-items: center; gap: 0.5rem; }
.filter-check label { display: flex; align-items: center; min-block-size: 2.75rem; margin: 0; }
.filter-check input { inline-size: 1.5rem; block-size: 1.5rem; min-block-size: 0; margin: 0; }

.results h2 { font-size: 1.125rem; }
.article-table {
  inline-size: 100%;
  margin-block-end: 1.25rem;
  border-collapse: collapse;
  border: 1px solid var(--rule);
  background: var(--paper);
}
.article-table th, .article-table td {
  padding: 0.5rem 0.75rem;
  border-block-end: 1px solid var(--rule);
  text-align: start;
  vertical-align: top;
}
.article-table thead th { background: var(--surface); color: var(--ink-2); font-size: 0.9375rem; }
.article-table tbody th a { display: inline-flex; align-items: center; min-block-size: 2.75rem; }
.article-table time { white-space: nowrap; }
.status {
  display: inline-block;
  padding-inline: 0.5rem;
  border: 1px solid var(--control);
  border-radius: var(--radius);
  font-size: 0.9375rem;
  white-space: nowrap;
}
.status-published { border-color: var(--ok); color: var(--ok); }
.status-in_review, .status-scheduled { border-color: var(--focus); color: var(--focus); }
.article-table tbody th { min-inline-size: 11rem; }
.article-table .muted { white-space: nowrap; }
.row-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.row-actions .button { padding-inline: 0.75rem; font-size: 0.9375rem; }
.row-actions .action-delete { border-color: var(--danger); color: var(--danger); }

@media (max-width: 55.99rem) {
  .article-table, .article-table tbody, .article-table tr,
  .article-table th, .article-table td { display: block; }
  .article-table { border: 0; background: none; }
  .article-table thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .article-table tr {
    margin-block-end: 1rem;
    padding: 0.5rem 1rem 0.75rem;
    border: 1px solid var(--rule);
    border-radius: var(--radius);
    background: var(--paper);
  }
  .article-table th, .article-table td { padding: 0.25rem 0; border: 0; }
  .article-table tbody th { font-size: 1.125rem; }
  .article-table td::before {
    content: attr(data-label) ': ';
    content: attr(data-label) ': ' / '';
    color: var(--ink-3);
    font-weight: 700;
  }
  .article-table td:last-child::before { display: block; margin-block-end: 0.25rem; }
}

.list-pager { display: flex; flex-wrap: wrap; gap: 1rem; }
.list-pager [rel='next'] { margin-inline-start: auto; }
`;
