/**
 * The newsroom's stylesheet, kept as a module rather than a .css file so the build (which
 * copies only the site's asset folder) ships it with the code. Right to left first, with
 * logical properties only; the site's Arabic interface font is prepended by `stylesheet.ts`.
 * Contrast: text ≥ 7:1, muted text and borders of controls ≥ 4.5:1 and 3:1 (WCAG 2.2 AA);
 * every control is at least 44 px tall (WCAG 2.5.8 asks 24; 44 is what thumbs need).
 */
export const newsroomCss = /* css */ `
:root {
  color-scheme: light dark;
  --paper: #ffffff;
  --surface: #f4f1ea;
  --ink: #16181b;
  --ink-2: #3f444b;
  --ink-3: #5c626b;
  --rule: #d6d0c4;
  --control: #767b83;
  --accent: #a8141d;
  --accent-ink: #ffffff;
  --focus: #1d4ed8;
  --danger: #a8141d;
  --danger-bg: #fbeceb;
  --ok: #1e6b34;
  --ok-bg: #e8f3ea;
  --bar: #16181b;
  --bar-ink: #f4f1ea;
  --font-ui: 'IBM Plex Sans Arabic', 'IBM Plex Sans Arabic Fallback', 'Segoe UI', Tahoma, system-ui,
    sans-serif;
  --font-code: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  --radius: 0.375rem;
}

@media (prefers-color-scheme: dark) {
  :root {
    --paper: #1b1e21;
    --surface: #121416;
    --ink: #ebe8e1;
    --ink-2: #c9c6bf;
    --ink-3: #a6a39c;
    --rule: #3a3f45;
    --control: #8d929a;
    --accent: #ff8a80;
    --accent-ink: #121416;
    --focus: #8ab4ff;
    --danger: #ff8a80;
    --danger-bg: #2e1a1a;
    --ok: #8fd19e;
    --ok-bg: #16261a;
    --bar: #0a0b0c;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: var(--surface);
  color: var(--ink);
  font-family: var(--font-ui);
  font-size: 1rem;
  font-weight: 500;
  line-height: 1.75;
}

h1, h2 { line-height: 1.4; margin-block: 0 0.75rem; font-weight: 700; text-wrap: balance; }
h1 { font-size: 1.625rem; }
h2 { font-size: 1.25rem; }
p { margin-block: 0 1rem; }
a { color: inherit; text-underline-offset: 0.25em; }

:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }

.skip-link {
  position: absolute;
  inset-block-start: 0.5rem;
  inset-inline-start: 0.5rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: var(--paper);
  color: var(--ink);
  transform: translateY(-200%);
}
.skip-link:focus { transform: none; }

/* ——— the bar at the top ——— */

.bar { background: var(--bar); color: var(--bar-ink); }
.bar-inner {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25rem 1.5rem;
  max-inline-size: 60rem;
  margin-inline: auto;
  padding: 0.5rem 1rem;
}
.brand { margin: 0; font-weight: 700; font-size: 1.125rem; margin-inline-end: auto; }
.brand-part { color: var(--bar-ink); opacity: 0.85; font-weight: 500; }
.brand-separator { margin-inline: 0.5rem; opacity: 0.6; }
.bar-menu { display: flex; flex-wrap: wrap; align-items: center; gap: 0 1rem; }
.bar-menu ul { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0; padding: 0; list-style: none; }
.bar a, .bar .link-button {
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75rem;
  color: var(--bar-ink);
}
.bar a[aria-current='page'] { text-decoration-thickness: 3px; }
.bar-user { color: var(--bar-ink); }

/* ——— pages ——— */

main { display: block; max-inline-size: 60rem; margin-inline: auto; padding: 1.5rem 1rem 3rem; }
.narrow { max-inline-size: 30rem; margin-inline: auto; }
.panel {
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: var(--radius);
  padding: 1.25rem;
  margin-block-end: 1.25rem;
}
@media (min-width: 40rem) { .panel { padding: 1.75rem 2rem; } }
.lead { color: var(--ink-2); }
.muted { color: var(--ink-3); }
.sections { display: grid; gap: 0 1.25rem; }
@media (min-width: 56rem) {
  .sections { grid-template-columns: 1fr 1fr; align-items: start; }
  .sections > .panel-wide { grid-column: 1 / -1; }
}

.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; margin: 0; }
.details dt { color: var(--ink-3); }
.details dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) {
  .details { grid-template-columns: 1fr; }
  .details dd { margin-block-end: 0.5rem; }
}

.error-code { margin: 0; font-size: 3.5rem; font-weight: 700; line-height: 1.2; color: var(--accent); }

/* ——— messages ——— */

.alert, .notice {
  margin-block-end: 1.25rem;
  padding: 0.75rem 1rem;
  border-inline-start: 4px solid var(--danger);
  border-radius: var(--radius);
  background: var(--danger-bg);
}
.alert:focus { outline: 3px solid var(--focus); }
.alert-title { display: block; font-weight: 700; }
.alert p, .notice p { margin: 0; }
.notice { border-inline-start-color: var(--ok); background: var(--ok-bg); }

/* ——— forms ——— */

form { margin: 0; }
.field { margin-block-end: 1.25rem; }
.field label { display: block; font-weight: 700; margin-block-end: 0.25rem; }
.hint { margin: 0 0 0.375rem; color: var(--ink-3); font-size: 0.9375rem; }
.field-error { margin: 0 0 0.375rem; color: var(--danger); font-weight: 700; }
input, select, button { font: inherit; color: inherit; }
input, select {
  display: block;
  inline-size: 100%;
  min-block-size: 2.75rem;
  padding: 0.375rem 0.75rem;
  border: 1px solid var(--control);
  border-radius: var(--radius);
  background: var(--paper);
}
html[dir='rtl'] input[dir='ltr'] { text-align: end; }
.field-invalid input, .field-invalid select { border: 2px solid var(--danger); }
input:focus-visible, select:focus-visible { outline-offset: 0; border-color: var(--focus); }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1.25rem; }

.button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-block-size: 2.75rem;
  padding: 0.375rem 1.25rem;
  border: 2px solid var(--accent);
  border-radius: var(--radius);
  background: var(--accent);
  color: var(--accent-ink);
  font-weight: 700;
  text-decoration: none;
  cursor: pointer;
}
.button:hover { filter: brightness(0.92); }
.button-quiet { background: transparent; color: var(--ink); border-color: var(--control); }
.link-button {
  min-block-size: 2.75rem;
  padding: 0;
  border: 0;
  background: none;
  text-decoration: underline;
  text-underline-offset: 0.25em;
  cursor: pointer;
}
.inline-form { display: inline; }
/* Links that stand alone (not inside a sentence) are targets for a thumb too. */
main p > a:only-child, .actions > a {
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75rem;
}

/* ——— codes ——— */

.secret {
  display: block;
  margin-block: 0.25rem 1rem;
  padding: 0.75rem 1rem;
  border: 1px dashed var(--control);
  border-radius: var(--radius);
  background: var(--surface);
  font-family: var(--font-code);
  font-size: 1.25rem;
  word-spacing: 0.5rem;
  overflow-wrap: anywhere;
  text-align: center;
}
.codes {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  gap: 0.5rem 1rem;
  margin: 0 0 1.25rem;
  padding: 1rem;
  list-style: none;
  border: 1px dashed var(--control);
  border-radius: var(--radius);
  background: var(--surface);
  font-family: var(--font-code);
  font-size: 1.125rem;
}
.ltr { direction: ltr; unicode-bidi: isolate; }

/* ——— shared by every area ——— */

/* Read by screen readers, not shown. */
.visually-hidden {
  position: absolute !important;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.pager {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem 1rem;
  margin-block-start: 1rem;
}
.pager a { display: inline-flex; align-items: center; min-block-size: 2.75rem; }

`;
