/**
 * The body's toolbar: one row of buttons that says which marks and block are on (aria-pressed,
 * a select for the block type), with each shortcut in its tooltip and label. Besides Tab, the
 * arrow keys move along it, mirrored right to left.
 */
import type { EditorState } from 'prosemirror-state';
import { documentSchema } from '../../content/document-schema.js';
import {
  currentBlock,
  currentLink,
  isMarkActive,
  isTableSelected,
  shortcuts,
  type CommandName,
} from './body-editor.js';
import { tr, type EditorMessageKey } from './i18n.js';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

function keyLabel(name: CommandName): string {
  const key = shortcuts[name];
  if (!key) return '';
  return key
    .replace('Mod', isMac ? '⌘' : 'Ctrl')
    .replace('Alt', isMac ? '⌥' : 'Alt')
    .replace('Shift', isMac ? '⇧' : 'Shift')
    .split('-')
    .join(isMac ? '' : '+');
}

function label(name: CommandName, key: EditorMessageKey): string {
  const shortcut = keyLabel(name);
  return shortcut ? `${tr(key)} (${shortcut})` : tr(key);
}

const blocks: [CommandName, EditorMessageKey][] = [
  ['paragraph', 'editor.block.paragraph'],
  ['heading2', 'editor.block.heading2'],
  ['heading3', 'editor.block.heading3'],
  ['heading4', 'editor.block.heading4'],
  ['pullquote', 'editor.block.pullquote'],
];

export interface ToolbarActions {
  run: (name: CommandName) => void;
  link: () => void;
  image: () => void;
  embed: () => void;
}

export function Toolbar({ state, actions }: { state: EditorState; actions: ToolbarActions }) {
  const { strong, em } = documentSchema.marks;
  const button = (name: CommandName, key: EditorMessageKey, glyph: string, pressed?: boolean) => (
    <button
      type="button"
      class="tool"
      title={label(name, key)}
      aria-pressed={pressed === undefined ? undefined : pressed}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => actions.run(name)}
    >
      <span aria-hidden="true">{glyph}</span>
      <span class="visually-hidden">{label(name, key)}</span>
    </button>
  );
  const inTable = isTableSelected(state);
  return (
    <div
      class="toolbar"
      role="toolbar"
      aria-label={tr('editor.toolbar')}
      onKeyDown={moveAlongToolbar}
    >
      <select
        class="tool-select"
        aria-label={tr('editor.block.label')}
        value={currentBlock(state)}
        onChange={(event) => actions.run(event.currentTarget.value as CommandName)}
      >
        {blocks.map(([name, key]) => (
          <option value={name}>{tr(key)}</option>
        ))}
      </select>
      {button('bold', 'editor.tool.bold', tr('editor.glyph.bold'), isMarkActive(state, strong))}
      {button('italic', 'editor.tool.italic', tr('editor.glyph.italic'), isMarkActive(state, em))}
      <button
        type="button"
        class="tool tool-text"
        title={`${tr('editor.tool.link')} (${isMac ? '⌘' : 'Ctrl+'}K)`}
        aria-pressed={currentLink(state) !== null}
        onMouseDown={(event) => event.preventDefault()}
        onClick={actions.link}
      >
        {tr('editor.tool.link')}
      </button>
      <span class="tool-separator" role="separator" />
      {button('quote', 'editor.tool.quote', '❝')}
      {button('bulletList', 'editor.tool.bulletList', '•')}
      {button('orderedList', 'editor.tool.orderedList', tr('editor.glyph.orderedList'))}
      {button('rule', 'editor.tool.rule', '—')}
      <span class="tool-separator" role="separator" />
      <button type="button" class="tool tool-text" onClick={actions.image}>
        {tr('editor.tool.image')}
      </button>
      {button('table', 'editor.tool.table', '▦')}
      <button type="button" class="tool tool-text" onClick={actions.embed}>
        {tr('editor.tool.embed')}
      </button>
      {inTable && (
        <>
          <span class="tool-separator" role="separator" />
          {button('addRow', 'editor.tool.addRow', tr('editor.glyph.addRow'))}
          {button('addColumn', 'editor.tool.addColumn', tr('editor.glyph.addColumn'))}
          {button('deleteRow', 'editor.tool.deleteRow', tr('editor.glyph.deleteRow'))}
          {button('deleteColumn', 'editor.tool.deleteColumn', tr('editor.glyph.deleteColumn'))}
          {button('deleteTable', 'editor.tool.deleteTable', '✕')}
        </>
      )}
      <span class="tool-separator" role="separator" />
      {button('undo', 'editor.tool.undo', '↶')}
      {button('redo', 'editor.tool.redo', '↷')}
    </div>
  );
}

/** Arrow keys move between the toolbar's controls; in a right-to-left page, left is next. */
function moveAlongToolbar(event: KeyboardEvent): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const toolbar = event.currentTarget as HTMLElement;
  if ((event.target as HTMLElement).tagName === 'SELECT') return;
  const controls = [...toolbar.querySelectorAll<HTMLElement>('button, select')];
  const index = controls.indexOf(event.target as HTMLElement);
  const isRtl = getComputedStyle(toolbar).direction === 'rtl';
  const forward = (event.key === 'ArrowLeft') === isRtl;
  const next = controls[(index + (forward ? 1 : -1) + controls.length) % controls.length];
  next?.focus();
  event.preventDefault();
}
