/**
 * The article body's editor: ProseMirror over Midad's own document schema (the one the server
 * validates and renders), with history, keyboard shortcuts, Markdown-like input rules, tables,
 * the library's images and embeds. Pasted HTML is cleaned by the same module the importers
 * use, then parsed by the schema: what the schema lacks is dropped.
 */
import { baseKeymap, chainCommands, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history, redo, undo } from 'prosemirror-history';
import {
  inputRules,
  textblockTypeInputRule,
  wrappingInputRule,
  type InputRule,
} from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import type { Mark, MarkType, Node as ProseMirrorNode, NodeType } from 'prosemirror-model';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import {
  EditorState,
  NodeSelection,
  TextSelection,
  type Command,
  type Transaction,
} from 'prosemirror-state';
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
} from 'prosemirror-tables';
import { EditorView, type NodeView } from 'prosemirror-view';
import { cleanPastedHtml } from '../../content/document-html.js';
import {
  documentSchema,
  type DocumentJson,
  type EmbedAttrs,
} from '../../content/document-schema.js';
import type { EditorImage } from '../editor-config.js';
import { tr } from './i18n.js';

const { nodes, marks } = documentSchema;

/** Everything the toolbar can do, each a ProseMirror command (it says whether it applies). */
export const commands = {
  bold: toggleMark(marks.strong),
  italic: toggleMark(marks.em),
  paragraph: setBlockType(nodes.paragraph),
  heading2: setBlockType(nodes.heading, { level: 2 }),
  heading3: setBlockType(nodes.heading, { level: 3 }),
  heading4: setBlockType(nodes.heading, { level: 4 }),
  quote: wrapIn(nodes.blockquote),
  pullquote: setBlockType(nodes.pullquote),
  bulletList: wrapInList(nodes.bullet_list),
  orderedList: wrapInList(nodes.ordered_list),
  rule: insertNode(() => nodes.horizontal_rule.create()),
  table: insertNode(() => emptyTable(3, 3)),
  addRow: addRowAfter,
  addColumn: addColumnAfter,
  deleteRow,
  deleteColumn,
  deleteTable,
  undo,
  redo,
} satisfies Record<string, Command>;
export type CommandName = keyof typeof commands;

/** The keys of each command, as ProseMirror names them (`Mod` is Ctrl, or ⌘ on a Mac). */
export const shortcuts: Partial<Record<CommandName, string>> = {
  bold: 'Mod-b',
  italic: 'Mod-i',
  paragraph: 'Mod-Alt-0',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  heading4: 'Mod-Alt-4',
  quote: 'Mod-Shift-9',
  bulletList: 'Mod-Shift-8',
  orderedList: 'Mod-Shift-7',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
};

/** Inserts a block where the selection is, if some level of the document there takes it. */
function insertNode(make: () => ProseMirrorNode): Command {
  return (state, dispatch) => {
    const node = make();
    const { $from } = state.selection;
    let fits = false;
    for (let depth = $from.depth; depth >= 0 && !fits; depth--) {
      const index = $from.index(depth);
      fits = $from.node(depth).canReplaceWith(index, index, node.type);
    }
    if (!fits) return false;
    if (!dispatch) return true;
    // A selected image or embed stays: the new block goes after it, not in its place.
    const transaction =
      state.selection instanceof NodeSelection
        ? state.tr.insert(state.selection.to, node)
        : state.tr.replaceSelectionWith(node);
    // A block with room for text (a table) takes the cursor into its first place for it.
    if (!node.isAtom) {
      let start = -1;
      const end = transaction.mapping.map(state.selection.to);
      transaction.doc.nodesBetween(0, end, (child, pos) => {
        if (child.type === node.type && pos < end) start = pos;
      });
      if (start >= 0) {
        transaction.setSelection(TextSelection.near(transaction.doc.resolve(start + 1)));
      }
    }
    dispatch(transaction.scrollIntoView());
    return true;
  };
}

function emptyTable(rows: number, columns: number): ProseMirrorNode {
  const cell = (type: NodeType) => type.createAndFill() as ProseMirrorNode;
  const row = (type: NodeType) =>
    nodes.table_row.create(
      null,
      Array.from({ length: columns }, () => cell(type)),
    );
  return nodes.table.create(null, [
    row(nodes.table_header),
    ...Array.from({ length: rows - 1 }, () => row(nodes.table_cell)),
  ]);
}

export function insertFigure(mediaId: number): Command {
  return insertNode(() => nodes.figure.create({ mediaId }));
}

export function insertEmbed(attrs: EmbedAttrs): Command {
  return insertNode(() => nodes.embed.create(attrs));
}

/** The link under the selection, if any (to edit or remove it). */
export function currentLink(state: EditorState): Mark | null {
  const { from, to, empty } = state.selection;
  const type = marks.link;
  if (empty) return type.isInSet(state.selection.$from.marks()) ?? null;
  let found: Mark | null = null;
  state.doc.nodesBetween(from, to, (node) => {
    found ??= type.isInSet(node.marks) ?? null;
  });
  return found;
}

/** Links the selection to `href` (already checked), or unlinks it when `href` is null. */
export function setLink(href: string | null): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty && href !== null) return false;
    if (!dispatch) return true;
    let transaction = state.tr.removeMark(from, to, marks.link);
    if (href !== null) transaction = transaction.addMark(from, to, marks.link.create({ href }));
    dispatch(transaction.scrollIntoView());
    return true;
  };
}

export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** The kind of block the selection starts in, for the toolbar's block menu. */
export function currentBlock(state: EditorState): CommandName {
  const parent = state.selection.$from.parent;
  if (parent.type === nodes.heading) return `heading${parent.attrs.level as 2 | 3 | 4}`;
  if (parent.type === nodes.pullquote) return 'pullquote';
  return 'paragraph';
}

export function isTableSelected(state: EditorState): boolean {
  return isInTable(state);
}

function rules(): InputRule[] {
  return [
    textblockTypeInputRule(/^(#{2,4})\s$/, nodes.heading, (match) => ({
      level: match[1]?.length ?? 2,
    })),
    wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
    wrappingInputRule(/^\s*([-+*•])\s$/, nodes.bullet_list),
    wrappingInputRule(/^\s*(\d+|[٠-٩]+)[.)]\s$/, nodes.ordered_list),
  ];
}

function keys() {
  const bound: Record<string, Command> = {};
  for (const [name, key] of Object.entries(shortcuts) as [CommandName, string][]) {
    bound[key] = commands[name];
  }
  return {
    ...bound,
    'Mod-y': redo,
    'Shift-Enter': chainCommands((state, dispatch) => {
      dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
      return true;
    }),
    Enter: splitListItem(nodes.list_item),
    Tab: chainCommands(goToNextCell(1), sinkListItem(nodes.list_item)),
    'Shift-Tab': chainCommands(goToNextCell(-1), liftListItem(nodes.list_item)),
  };
}

/** An image from the library as the editor shows it: the picture, its caption and credit. */
function figureView(images: ReadonlyMap<number, EditorImage>) {
  return (node: ProseMirrorNode): NodeView => {
    const dom = document.createElement('figure');
    dom.className = 'editor-figure';
    const image = images.get(node.attrs.mediaId as number);
    if (image) {
      const img = document.createElement('img');
      img.src = image.thumbnail;
      img.alt = image.alt;
      const caption = document.createElement('figcaption');
      caption.dir = 'auto';
      caption.textContent = [image.caption, image.credit].filter(Boolean).join(' — ');
      dom.append(img, caption);
    } else {
      dom.textContent = tr('editor.figure.unknown', { id: node.attrs.mediaId as number });
    }
    return { dom };
  };
}

/** An embed as a box naming what it shows: nothing is loaded from elsewhere while writing. */
function embedView(node: ProseMirrorNode): NodeView {
  const dom = document.createElement('div');
  dom.className = `editor-embed editor-embed-${node.attrs.provider as string}`;
  dom.textContent =
    node.attrs.provider === 'youtube'
      ? tr('editor.embed.youtube', { id: node.attrs.id as string })
      : tr('editor.embed.x', { account: (node.attrs.account as string | null) ?? '' });
  return { dom };
}

export interface BodyEditor {
  view: EditorView;
  run(name: CommandName): void;
  apply(command: Command): boolean;
  json(): DocumentJson;
  replace(doc: DocumentJson): void;
  /** Images the body may show, added when one is picked from the library. */
  images: Map<number, EditorImage>;
}

export function createBodyEditor(options: {
  mount: HTMLElement;
  doc: DocumentJson | undefined;
  images: readonly EditorImage[];
  label: string;
  onChange: (state: EditorState, isContentChange: boolean) => void;
}): BodyEditor {
  const images = new Map(options.images.map((image) => [image.id, image]));
  const stateFor = (json: DocumentJson | undefined) =>
    EditorState.create({
      schema: documentSchema,
      doc: json ? documentSchema.nodeFromJSON(json) : undefined,
      plugins: [
        inputRules({ rules: rules() }),
        keymap(keys()),
        keymap(baseKeymap),
        history(),
        dropCursor(),
        gapCursor(),
        tableEditing(),
      ],
    });
  const view: EditorView = new EditorView(options.mount, {
    state: stateFor(options.doc),
    attributes: {
      class: 'editor-body',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': options.label,
      spellcheck: 'true',
    },
    nodeViews: { figure: figureView(images), embed: embedView },
    transformPastedHTML: cleanPastedHtml,
    dispatchTransaction(transaction: Transaction) {
      view.updateState(view.state.apply(transaction));
      options.onChange(view.state, transaction.docChanged);
    },
  });
  return {
    view,
    images,
    run(name) {
      commands[name](view.state, view.dispatch, view);
      view.focus();
    },
    apply(command) {
      const done = command(view.state, view.dispatch, view);
      view.focus();
      return done;
    },
    json: () => view.state.doc.toJSON() as DocumentJson,
    replace(doc) {
      view.updateState(stateFor(doc));
      options.onChange(view.state, false);
    },
  };
}
