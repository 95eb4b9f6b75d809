/**
 * The management screens' rules (sections, tags, people, users, tokens, webhooks, settings),
 * after the
 * newsroom's own: lists of items that wrap into cards on a phone, rows of small buttons that
 * stay 44 px tall, long text fields, the search row, the pager, and the field a secret is
 * copied from. Logical properties only, so Arabic and English pages share every rule.
 */
export const manageCss = /* css */ `
.screen-head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem 1rem;
  margin-block-end: 0.75rem;
}
.screen-head h1 { margin: 0; }

/* ——— lists ——— */

.items { margin: 0; padding: 0; list-style: none; }
.item { border-block-start: 1px solid var(--rule); padding-block: 0.75rem; }
.items > .item:first-child { border-block-start: 0; padding-block-start: 0; }
.items-nested {
  margin-block-start: 0.75rem;
  margin-inline-start: 1.25rem;
  padding-inline-start: 1rem;
  border-inline-start: 3px solid var(--rule);
}
.items-nested > .item:first-child { padding-block-start: 0.5rem; }
.item-row {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  justify-content: space-between;
  gap: 0.5rem 1rem;
}
.item-main { display: flex; flex-direction: column; min-inline-size: 0; flex: 1 1 12rem; }
.item-title { font-weight: 700; font-size: 1.0625rem; overflow-wrap: anywhere; }
a.item-title { display: inline-flex; align-items: center; min-block-size: 2.75rem; }
.item-meta { color: var(--ink-3); overflow-wrap: anywhere; }
.item-meta a { display: inline-flex; align-items: center; min-block-size: 2.75rem; }
.item-separator { margin-inline: 0.5rem; }
.item-facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0 1rem;
  margin: 0.25rem 0 0;
  font-size: 0.9375rem;
}
.item-facts dt { color: var(--ink-3); }
.item-facts dd { margin: 0; overflow-wrap: anywhere; }
.item-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.item-actions-stacked { flex-direction: column; align-items: stretch; flex: 0 1 16rem; }
.item-note { margin: 0; flex: 0 1 16rem; }
.item-ended .item-title { color: var(--ink-3); text-decoration: line-through; }
.badge {
  display: inline-block;
  margin-inline-start: 0.5rem;
  padding: 0 0.5rem;
  border: 1px solid var(--control);
  border-radius: var(--radius);
  font-size: 0.875rem;
  font-weight: 500;
}
.role-form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5rem; }
.role-form .field { flex: 1 1 9rem; margin: 0; }

/* ——— buttons ——— */

.button-small { padding-inline: 0.875rem; font-size: 0.9375rem; }
.button-danger { background: var(--danger); border-color: var(--danger); color: var(--accent-ink); }
.button-quiet.button-danger { background: transparent; color: var(--danger); }

/* ——— forms ——— */

textarea {
  display: block;
  inline-size: 100%;
  min-block-size: 6rem;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--control);
  border-radius: var(--radius);
  background: var(--paper);
  color: inherit;
  font: inherit;
  resize: vertical;
}
textarea:focus-visible { outline-offset: 0; border-color: var(--focus); }
.field-invalid textarea { border: 2px solid var(--danger); }
.fieldset {
  margin: 0 0 1.25rem;
  padding: 0.75rem 1rem 0;
  border: 1px solid var(--rule);
  border-radius: var(--radius);
  min-inline-size: 0;
}
.fieldset legend { padding-inline: 0.375rem; font-weight: 700; }
.link-row { display: grid; gap: 0 1rem; }
@media (min-width: 40rem) { .link-row { grid-template-columns: 1fr 2fr; } }

.search label { display: block; font-weight: 700; margin-block-end: 0.25rem; }
.search-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.search-row input { flex: 1 1 12rem; inline-size: auto; }


/* ——— secrets shown once ——— */

.secret-field { font-family: var(--font-code); background: var(--surface); }
.warning {
  padding: 0.75rem 1rem;
  border-inline-start: 4px solid var(--accent);
  border-radius: var(--radius);
  background: var(--danger-bg);
  font-weight: 700;
}
.usage {
  display: block;
  margin-block-end: 1rem;
  padding: 0.5rem 0.75rem;
  border-radius: var(--radius);
  background: var(--surface);
  font-family: var(--font-code);
  overflow-wrap: anywhere;
}

/* ——— webhooks: event checkboxes, the deliveries' log ——— */

.check {
  display: flex;
  align-items: center;
  gap: 0.5rem;
  min-block-size: 2.75rem;
}
.check input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; }
.table-scroll { overflow-x: auto; }
.deliveries { border-collapse: collapse; inline-size: 100%; }
.deliveries th, .deliveries td {
  padding: 0.5rem;
  border-block-end: 1px solid var(--rule);
  text-align: start;
  vertical-align: top;
}
.deliveries td[dir='ltr'] { overflow-wrap: anywhere; max-inline-size: 24rem; }
.deliveries time { white-space: nowrap; }
`;
