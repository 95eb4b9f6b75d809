/**
 * The editor's bar: where saving stands (announced to screen readers as it changes), the
 * article's status, the preview and revisions, and the workflow actions this user may take
 * now — the admin API lists them, so the bar never offers what the server would refuse.
 */
import type { EditorAction, EditorArticle } from '../editor-config.js';
import type { SaveState } from './article-session.js';
import { moment, tr } from './i18n.js';

function statusText(state: SaveState, timeZone: string): string {
  switch (state.kind) {
    case 'saved':
      return tr('editor.save.saved', { at: moment(state.at, timeZone) });
    case 'unsaved':
      return tr('editor.save.unsaved');
    case 'saving':
      return tr('editor.save.saving');
    case 'needs-title':
      return tr('editor.save.needsTitle');
    case 'offline':
      return tr('editor.save.offline');
    case 'invalid':
      return tr('editor.save.invalid');
    case 'conflict':
      return tr('editor.save.conflict');
    case 'failed':
      return tr('editor.save.failed', { reason: state.message });
  }
}

export function EditorBar({
  state,
  article,
  timeZone,
  onPreview,
  onRevisions,
  onAction,
}: {
  state: SaveState;
  article: EditorArticle | null;
  timeZone: string;
  onPreview: () => void;
  onRevisions: () => void;
  onAction: (action: EditorAction) => void;
}) {
  return (
    <div class="editor-bar">
      <p class="save-state" role="status">
        {statusText(state, timeZone)}
      </p>
      {article && (
        <p class="article-status">
          {tr(`editor.status.${article.status}`)}
          {article.status === 'scheduled' && article.scheduledAt
            ? ` · ${moment(article.scheduledAt, timeZone)}`
            : ''}
        </p>
      )}
      <div class="button-row">
        {article && (
          <a
            class="button button-quiet"
            href={`/admin/articles/${article.id}/preview`}
            target="_blank"
            rel="noopener"
            onClick={onPreview}
          >
            {tr('editor.preview')}
          </a>
        )}
        {article && (
          <button type="button" class="button button-quiet" onClick={onRevisions}>
            {tr('editor.revisions')}
          </button>
        )}
        {article?.actions.map((action) => (
          <button
            type="button"
            class={action === 'publish' || action === 'submit' ? 'button' : 'button button-quiet'}
            data-action={action}
            onClick={() => onAction(action)}
          >
            {tr(`editor.action.${action}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
