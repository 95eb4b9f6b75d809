/**
 * The article editor's rules: the bar with the save state and actions, the writing column
 * (set in the site's reading size so a paragraph looks as it will), the toolbar, the details
 * panel beside it on wide screens and below it on phones, the dialogs and the media library.
 * ProseMirror's own few required rules (white space, selected nodes, the gap cursor, table
 * cell selection) are included here rather than loaded from its packages.
 */
export const editorCss = /* css */ `
.wide { max-inline-size: none; }
main:has(.wide), body:has(.wide) .bar-inner { max-inline-size: 84rem; }
.editor-page-title { font-size: 1.125rem; color: var(--ink-2); margin-block-end: 0.5rem; }
.editor-loading { color: var(--ink-3); }

.editor-bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1rem;
  margin-block-end: 1rem;
  padding: 0.5rem 0.75rem;
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: var(--radius);
}
.save-state { margin: 0; color: var(--ink-2); font-size: 0.9375rem; }
.article-status {
  margin: 0;
  padding: 0 0.625rem;
  border: 1px solid var(--control);
  border-radius: 999px;
  font-size: 0.875rem;
}
.editor-bar .button-row { margin-inline-start: auto; }
.button-row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.button-row .button { padding-inline: 0.875rem; }

.editor-columns { display: grid; gap: 1.25rem; align-items: start; }
@media (min-width: 62rem) {
  .editor-bar { position: sticky; inset-block-start: 0; z-index: 5; }
  .editor-columns { grid-template-columns: minmax(0, 1fr) 22rem; }
  .toolbar { inset-block-start: 3.75rem; }
  .editor-panel { position: sticky; inset-block-start: 4.5rem; max-block-size: calc(100vh - 5.5rem); overflow-y: auto; }
}
.editor-main {
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: var(--radius);
  padding: 1rem;
  min-inline-size: 0;
}
@media (min-width: 40rem) { .editor-main { padding: 1.5rem 2rem 2rem; } }
.editor-title, .editor-subtitle {
  display: block;
  inline-size: 100%;
  border: 0;
  border-block-end: 1px solid var(--rule);
  background: transparent;
  color: var(--ink);
  resize: none;
  min-block-size: 0;
  font: inherit;
  field-sizing: content;
}
.editor-title { font-size: 1.875rem; font-weight: 700; line-height: 1.45; padding: 0.25rem 0; }
.editor-subtitle { font-size: 1.1875rem; color: var(--ink-2); padding: 0.5rem 0; margin-block-end: 0.75rem; }
.editor-title::placeholder, .editor-subtitle::placeholder { color: var(--ink-3); }
.editor-title:focus-visible, .editor-subtitle:focus-visible { outline-offset: 4px; }

.toolbar {
  position: sticky;
  inset-block-start: 0;
  z-index: 4;
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem;
  align-items: center;
  margin-block: 0.5rem;
  padding: 0.375rem;
  background: var(--surface);
  border: 1px solid var(--rule);
  border-radius: var(--radius);
}
.tool, .icon-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-inline-size: 2.75rem;
  min-block-size: 2.75rem;
  padding: 0 0.5rem;
  border: 1px solid transparent;
  border-radius: var(--radius);
  background: transparent;
  color: var(--ink);
  font-weight: 700;
  cursor: pointer;
}
.tool:hover, .icon-button:hover { border-color: var(--control); }
.tool[aria-pressed='true'] { background: var(--ink); color: var(--paper); }
.icon-button:disabled { opacity: 0.45; cursor: default; }
.tool-text { font-weight: 500; }
.tool-select { inline-size: auto; min-inline-size: 9rem; }
.tool-separator { inline-size: 1px; align-self: stretch; background: var(--rule); margin-inline: 0.25rem; }
/* On a phone the toolbar is one row that scrolls sideways, not a third of the screen. */
@media (max-width: 40rem) {
  .toolbar { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; }
  .tool, .tool-select { flex: none; }
  .editor-page-title { font-size: 1rem; }
}

.editor-body {
  min-block-size: 20rem;
  padding-block: 0.5rem 2rem;
  font-family: 'Noto Naskh Arabic', 'IBM Plex Sans Arabic', serif;
  font-size: 1.1875rem;
  line-height: 1.95;
  font-weight: 400;
  outline: none;
  white-space: pre-wrap;
  word-wrap: break-word;
  /* ProseMirror suggests turning ligatures off; Arabic needs them (لا), so they stay on. */
}
.editor-body:focus-visible { outline: 2px dashed var(--focus); outline-offset: 6px; }
.editor-body p { margin-block: 0 1rem; }
.editor-body h2, .editor-body h3, .editor-body h4 { font-family: var(--font-ui); line-height: 1.5; margin-block: 1.5rem 0.5rem; }
.editor-body h3 { font-size: 1.1875rem; }
.editor-body h4 { font-size: 1.0625rem; }
.editor-body blockquote { margin: 0 0 1rem; padding-inline-start: 1rem; border-inline-start: 4px solid var(--rule); color: var(--ink-2); }
.editor-body aside, .editor-body .pullquote {
  margin: 1.5rem 0;
  padding: 0.5rem 1rem;
  border-block: 3px solid var(--accent);
  font-size: 1.375rem;
  font-weight: 700;
}
.editor-body ul, .editor-body ol { padding-inline-start: 1.75rem; }
.editor-body a { color: var(--focus); }
.editor-body hr { border: 0; border-block-start: 2px solid var(--rule); margin-block: 1.5rem; }
.editor-body table { border-collapse: collapse; inline-size: 100%; margin-block: 1rem; table-layout: fixed; font-family: var(--font-ui); font-size: 1rem; }
.editor-body th, .editor-body td { border: 1px solid var(--control); padding: 0.375rem 0.5rem; vertical-align: top; position: relative; }
.editor-body th { background: var(--surface); }
.editor-body td p, .editor-body th p { margin: 0; }
.editor-figure { margin: 1rem 0; padding: 0.5rem; border: 1px dashed var(--control); border-radius: var(--radius); }
.editor-figure img { display: block; max-inline-size: 100%; block-size: auto; }
.editor-figure figcaption { font-family: var(--font-ui); font-size: 0.9375rem; color: var(--ink-3); }
.editor-embed {
  margin: 1rem 0;
  padding: 1.25rem;
  border: 1px dashed var(--control);
  border-radius: var(--radius);
  background: var(--surface);
  font-family: var(--font-ui);
  text-align: center;
}
.editor-stats { margin: 0.5rem 0 0; color: var(--ink-3); font-size: 0.9375rem; }

/* ProseMirror's required rules */
.ProseMirror { position: relative; }
.ProseMirror pre { white-space: pre-wrap; }
.ProseMirror li { position: relative; }
.ProseMirror-hideselection *::selection { background: transparent; }
.ProseMirror-hideselection { caret-color: transparent; }
.ProseMirror-selectednode { outline: 3px solid var(--focus); }
.ProseMirror-gapcursor { display: none; pointer-events: none; position: absolute; }
.ProseMirror-gapcursor::after {
  content: '';
  display: block;
  position: absolute;
  inset-block-start: -2px;
  inline-size: 20px;
  border-block-start: 1px solid var(--ink);
  animation: ProseMirror-cursor-blink 1.1s steps(2, start) infinite;
}
@keyframes ProseMirror-cursor-blink { to { visibility: hidden; } }
.ProseMirror-focused .ProseMirror-gapcursor { display: block; }
.ProseMirror .selectedCell::after {
  content: '';
  position: absolute;
  inset: 0;
  background: color-mix(in srgb, var(--focus) 18%, transparent);
  pointer-events: none;
}

/* ——— the details panel ——— */

.editor-panel {
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: var(--radius);
  padding: 1rem;
}
.editor-panel fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; min-inline-size: 0; }
.editor-panel legend { font-weight: 700; margin-block-end: 0.25rem; padding: 0; }
.hint-bad { color: var(--danger); font-weight: 700; }
.field.checkbox { display: flex; gap: 0.5rem; align-items: center; }
.field.checkbox input { inline-size: 1.25rem; min-block-size: 1.25rem; margin: 0; }
.field.checkbox label { margin: 0; }
.chips { display: flex; flex-wrap: wrap; gap: 0.375rem; margin: 0 0 0.5rem; padding: 0; list-style: none; }
.chip {
  display: inline-flex;
  align-items: center;
  gap: 0.25rem;
  padding-inline: 0.75rem 0.25rem;
  border: 1px solid var(--control);
  border-radius: 999px;
  background: var(--surface);
}
.chip-remove {
  min-inline-size: 2rem;
  min-block-size: 2rem;
  border: 0;
  border-radius: 999px;
  background: transparent;
  cursor: pointer;
  font-size: 1.125rem;
}
.chip-remove:hover { background: var(--rule); }
.authors { margin: 0 0 0.5rem; padding-inline-start: 1.5rem; }
.authors li { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
.author-actions { display: inline-flex; }
.featured-preview { margin: 0 0 0.5rem; }
.field-label { margin: 0 0 0.25rem; font-weight: 700; }
.translation-results { margin: 0.5rem 0 0; padding: 0; list-style: none; display: grid; gap: 0.25rem; }
.translation-results .button { inline-size: 100%; justify-content: flex-start; text-align: start; }
.chosen-translation { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0 0 0.5rem; font-weight: 700; }
.featured-preview img { display: block; inline-size: 100%; block-size: auto; border-radius: var(--radius); }
.featured-preview figcaption { color: var(--ink-3); font-size: 0.875rem; }
.panel-group { margin-block: 0.5rem 1.25rem; border-block-start: 1px solid var(--rule); padding-block-start: 0.5rem; }
.panel-group > summary { min-block-size: 2.75rem; display: flex; align-items: center; font-weight: 700; cursor: pointer; }
.search-preview {
  padding: 0.75rem;
  border: 1px solid var(--rule);
  border-radius: var(--radius);
  background: var(--surface);
  font-family: Arial, var(--font-ui), sans-serif;
}
.search-preview p { margin: 0; }
.search-preview-address { color: var(--ink-3); font-size: 0.8125rem; overflow-wrap: anywhere; }
.search-preview-title { color: var(--focus); font-size: 1.125rem; line-height: 1.5; }
.search-preview-description { color: var(--ink-2); font-size: 0.875rem; }

/* ——— dialogs ——— */

.dialog {
  inline-size: min(34rem, calc(100vw - 1.5rem));
  max-block-size: calc(100vh - 2rem);
  padding: 0;
  border: 1px solid var(--rule);
  border-radius: var(--radius);
  background: var(--paper);
  color: var(--ink);
}
.dialog-wide { inline-size: min(60rem, calc(100vw - 1.5rem)); }
.dialog::backdrop { background: rgb(0 0 0 / 0.55); }
.dialog-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 1rem;
  padding: 0.75rem 1rem;
  border-block-end: 1px solid var(--rule);
}
.dialog-header h2 { margin: 0; font-size: 1.125rem; }
.dialog-header .icon-button { font-weight: 500; }
.dialog-body { padding: 1rem; }

.revision-list { inline-size: 100%; border-collapse: collapse; margin-block-end: 1rem; font-size: 0.9375rem; }
.revision-list th, .revision-list td { padding: 0.25rem 0.5rem; border-block-end: 1px solid var(--rule); text-align: start; }
.revision-list input[type='radio'] { inline-size: 1.25rem; min-block-size: 1.25rem; }
.revision-kind { color: var(--ink-3); }
@media (max-width: 40rem) {
  .revisions { overflow-x: auto; }
}
.diff-view { border-block-start: 1px solid var(--rule); padding-block-start: 0.75rem; }
.diff-field h3 { font-size: 1rem; margin-block: 0.5rem 0.25rem; }
.diff { line-height: 2; }
.diff ins { background: var(--ok-bg); color: var(--ok); text-decoration: underline; text-decoration-thickness: 2px; }
.diff del { background: var(--danger-bg); color: var(--danger); text-decoration: line-through; }

/* ——— media ——— */

.media-grid {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  gap: 0.75rem;
  margin: 0 0 1rem;
  padding: 0;
  list-style: none;
}
.media-choice {
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
  inline-size: 100%;
  padding: 0.25rem;
  border: 2px solid var(--rule);
  border-radius: var(--radius);
  background: var(--surface);
  color: var(--ink);
  cursor: pointer;
  text-align: start;
  font-size: 0.875rem;
}
.media-choice:hover { border-color: var(--focus); }
.media-choice img { inline-size: 100%; aspect-ratio: 4 / 3; object-fit: cover; border-radius: calc(var(--radius) - 2px); }
.uploader { border-block-start: 1px solid var(--rule); padding-block-start: 1rem; }
.uploader h2, .uploader h3 { font-size: 1rem; margin-block: 0 0.5rem; }
.drop-zone {
  padding: 1.25rem;
  border: 2px dashed var(--control);
  border-radius: var(--radius);
  text-align: center;
}
.drop-zone-over { border-color: var(--focus); background: var(--surface); }
.drop-zone p { margin-block: 0.25rem; }
.drop-zone label.button { display: inline-flex; }
.upload-list { margin: 1rem 0; padding: 0; list-style: none; display: grid; gap: 1rem; }
.upload { display: grid; grid-template-columns: 6rem minmax(0, 1fr); gap: 0.75rem; align-items: start; }
.upload-preview { inline-size: 6rem; block-size: 6rem; object-fit: cover; border-radius: var(--radius); }
.upload-name { font-weight: 700; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
.upload progress { inline-size: 100%; }
.notice-ok { color: var(--ok); font-weight: 700; }

.library { margin-block-start: 1.5rem; }
.library-list { margin: 0; padding: 0; list-style: none; display: grid; gap: 1rem; }
@media (min-width: 56rem) { .library-list { grid-template-columns: 1fr 1fr; } }
.library-item {
  display: grid;
  grid-template-columns: minmax(0, 10rem) minmax(0, 1fr);
  gap: 1rem;
  align-items: start;
  padding: 1rem;
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: var(--radius);
}
@media (max-width: 30rem) { .library-item { grid-template-columns: 1fr; } }
.library-image { display: block; inline-size: 100%; block-size: auto; border-radius: var(--radius); }
.dialog .library-image { max-inline-size: 12rem; margin-block-end: 0.75rem; }
.library-fields .field { margin-block-end: 0.75rem; }
`;
