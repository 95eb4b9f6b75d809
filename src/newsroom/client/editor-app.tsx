/**
 * The article editor: title and dek, the body with its toolbar, the details panel, and the
 * bar with the save state, preview, revisions and the workflow actions this user may take.
 * Saving is the session's business (article-session.ts); this file lays out and wires.
 */
import type { EditorState } from 'prosemirror-state';
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { DocumentJson } from '../../content/document-schema.js';
import { documentStats } from '../../content/document-stats.js';
import type { EditorAction, EditorArticle, EditorConfig, EditorImage } from '../editor-config.js';
import { ApiError, createApi } from './api.js';
import {
  ArticleSession,
  draftKey,
  fieldsOf,
  readDraft,
  type LocalDraft,
  type SaveState,
} from './article-session.js';
import {
  createBodyEditor,
  currentLink,
  insertEmbed,
  insertFigure,
  setLink,
  type BodyEditor,
} from './body-editor.js';
import { Dialog } from './dialog.js';
import { EditorBar } from './editor-bar.js';
import { EmbedForm, LinkForm, ScheduleForm } from './editor-forms.js';
import { moment, tr } from './i18n.js';
import { MediaPicker } from './media-picker.js';
import { MetadataPanel } from './metadata-panel.js';
import { RevisionsPanel } from './revisions.js';
import { Toolbar } from './toolbar.js';

type Modal =
  | { kind: 'none' }
  | { kind: 'link'; href: string }
  | { kind: 'embed' }
  | { kind: 'schedule' }
  | { kind: 'revisions' }
  | { kind: 'media'; purpose: 'featured' | 'body' }
  | { kind: 'restore-draft'; draft: LocalDraft }
  | { kind: 'confirm'; action: EditorAction };

const emptyDoc: DocumentJson = { type: 'doc', content: [{ type: 'paragraph' }] };

export function EditorApp({ config }: { config: EditorConfig }) {
  const api = useMemo(() => createApi(config.csrfToken), []);
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const refresh = () => bump(undefined);
  const [editorState, setEditorState] = useState<EditorState | null>(null);
  const [modal, setModal] = useState<Modal>({ kind: 'none' });
  const [problem, setProblem] = useState<string | null>(null);
  const mountRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<BodyEditor | null>(null);
  const sessionRef = useRef<ArticleSession | null>(null);

  // The body editor and the session are made once, on the first render's element.
  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const body = createBodyEditor({
      mount,
      doc: config.article?.body ?? emptyDoc,
      images: config.images,
      label: tr('editor.field.body'),
      onChange: (state, isContentChange) => {
        setEditorState(state);
        if (isContentChange) sessionRef.current?.change();
      },
    });
    bodyRef.current = body;
    const session = new ArticleSession(
      api,
      config.article,
      fieldsOf(config.article, config.tagNames, config.defaultLanguage),
      () => body.json(),
      {
        update: refresh,
        replaced: (article) => {
          body.replace(article.body ?? emptyDoc);
          session.fields = fieldsOf(article, session.fields.tagNames, config.defaultLanguage);
          void reloadTagNames(article);
        },
        created: (article) => {
          history.replaceState(null, '', `/admin/articles/${article.id}`);
          document.title = document.title.replace(/^[^|–—]*/, `${article.title} `);
        },
      },
    );
    sessionRef.current = session;
    setEditorState(body.view.state);
    const draft = readDraft(draftKey(config.article?.id ?? null));
    if (draft && differsFromServer(draft, session)) setModal({ kind: 'restore-draft', draft });

    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void session.flush({ keepalive: true });
    };
    const warnOnLeave = (event: BeforeUnloadEvent) => {
      if (session.isDirty) event.preventDefault();
    };
    document.addEventListener('visibilitychange', flushOnHide);
    window.addEventListener('beforeunload', warnOnLeave);
    window.addEventListener('online', () => void session.flush());
    return () => {
      document.removeEventListener('visibilitychange', flushOnHide);
      window.removeEventListener('beforeunload', warnOnLeave);
      body.view.destroy();
    };
  }, []);

  /** Tags come back as ids: their names, for the form, from the tag list. */
  async function reloadTagNames(article: EditorArticle) {
    const session = sessionRef.current;
    if (!session) return;
    const names = await Promise.all(
      article.tagIds.map((id) =>
        api<{ name: string }>('GET', `/tags/${id}`).then((tag) => tag.name),
      ),
    );
    session.fields = { ...session.fields, tagNames: names };
    refresh();
  }

  const session = sessionRef.current;
  const body = bodyRef.current;
  const article = session?.article ?? null;
  const fields =
    session?.fields ?? fieldsOf(config.article, config.tagNames, config.defaultLanguage);
  const state: SaveState =
    session?.state ??
    (config.article ? { kind: 'saved', at: config.article.updatedAt } : { kind: 'unsaved' });
  const stats = editorState ? documentStats(editorState.doc.toJSON() as DocumentJson) : null;
  const direction = fields.language === 'ar' ? 'rtl' : 'ltr';
  const errors = state.kind === 'invalid' ? state.fields : [];

  async function attempt(work: () => Promise<void>) {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(
        error instanceof ApiError || error instanceof Error ? error.message : String(error),
      );
    }
  }

  function act(action: EditorAction) {
    if (action === 'schedule') return setModal({ kind: 'schedule' });
    if (action === 'unpublish' || action === 'archive')
      return setModal({ kind: 'confirm', action });
    void attempt(() => session!.act(action));
  }

  function pickImage(image: EditorImage, purpose: 'featured' | 'body') {
    body?.images.set(image.id, image);
    setModal({ kind: 'none' });
    if (purpose === 'featured') session?.change({ featuredImageId: image.id });
    else body?.apply(insertFigure(image.id));
  }

  const images = body?.images ?? new Map(config.images.map((image) => [image.id, image]));

  return (
    <div class="editor-app">
      <EditorBar
        state={state}
        article={article}
        timeZone={config.timeZone}
        onPreview={() => void session?.flush()}
        onRevisions={() => setModal({ kind: 'revisions' })}
        onAction={act}
      />
      {problem && (
        <div class="alert" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {state.kind === 'invalid' && (
        <div class="alert" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {article && !article.canEdit && <p class="alert">{tr('editor.readOnly')}</p>}
      <div class="editor-columns">
        <div class="editor-main" lang={fields.language} dir={direction}>
          <label class="visually-hidden" for="editor-title">
            {tr('editor.field.title')}
          </label>
          <textarea
            id="editor-title"
            class="editor-title"
            rows={1}
            dir="auto"
            maxLength={300}
            placeholder={tr('editor.placeholder.title')}
            value={fields.title}
            aria-invalid={errors.some((error) => error.field === 'title') || undefined}
            onInput={(event) =>
              session?.change({ title: event.currentTarget.value.replace(/\n/g, ' ') })
            }
          />
          <label class="visually-hidden" for="editor-subtitle">
            {tr('editor.field.subtitle')}
          </label>
          <textarea
            id="editor-subtitle"
            class="editor-subtitle"
            rows={2}
            dir="auto"
            maxLength={500}
            placeholder={tr('editor.placeholder.subtitle')}
            value={fields.subtitle ?? ''}
            onInput={(event) => session?.change({ subtitle: event.currentTarget.value })}
          />
          {editorState && body && (
            <Toolbar
              state={editorState}
              actions={{
                run: (name) => body.run(name),
                link: () => {
                  const href = currentLink(body.view.state)?.attrs.href as string | undefined;
                  setModal({ kind: 'link', href: href ?? '' });
                },
                image: () => setModal({ kind: 'media', purpose: 'body' }),
                embed: () => setModal({ kind: 'embed' }),
              }}
            />
          )}
          <div ref={mountRef} class="editor-body-mount" />
          {stats && (
            <p class="editor-stats" aria-live="off">
              {tr('editor.stats', { words: stats.words, minutes: stats.readingMinutes })}
            </p>
          )}
        </div>
        {session && (
          <MetadataPanel
            api={api}
            config={config}
            articleId={article?.id ?? null}
            fields={fields}
            errors={errors}
            images={images}
            change={(changed) => session.change(changed)}
            pickFeaturedImage={() => setModal({ kind: 'media', purpose: 'featured' })}
          />
        )}
      </div>

      <Dialog
        isOpen={state.kind === 'conflict'}
        isBlocking
        title={tr('editor.conflict.title')}
        onClose={() => undefined}
      >
        {state.kind === 'conflict' && (
          <>
            <p>{state.message}</p>
            <p>{tr('editor.conflict.choose')}</p>
            <div class="button-row">
              <button
                type="button"
                class="button button-quiet"
                onClick={() => void attempt(() => session!.takeTheirs())}
              >
                {tr('editor.conflict.theirs')}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => void attempt(() => session!.keepMine())}
              >
                {tr('editor.conflict.mine')}
              </button>
            </div>
          </>
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'restore-draft'}
        isBlocking
        title={tr('editor.draft.title')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'restore-draft' && (
          <>
            <p>{tr('editor.draft.found', { at: moment(modal.draft.savedAt, config.timeZone) })}</p>
            <div class="button-row">
              <button
                type="button"
                class="button"
                onClick={() => {
                  body?.replace(modal.draft.body);
                  session?.change(modal.draft.fields);
                  setModal({ kind: 'none' });
                }}
              >
                {tr('editor.draft.restore')}
              </button>
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  if (session) localStorage.removeItem(session.key);
                  setModal({ kind: 'none' });
                }}
              >
                {tr('editor.draft.discard')}
              </button>
            </div>
          </>
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'link'}
        title={tr('editor.link.title')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'link' && body && (
          <LinkForm
            href={modal.href}
            onDone={(href) => {
              setModal({ kind: 'none' });
              body.apply(setLink(href));
            }}
          />
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'embed'}
        title={tr('editor.embedDialog.title')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'embed' && body && (
          <EmbedForm
            onDone={(attrs) => {
              setModal({ kind: 'none' });
              body.apply(insertEmbed(attrs));
            }}
          />
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'schedule'}
        title={tr('editor.schedule.title')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'schedule' && (
          <ScheduleForm
            timeZone={config.timeZone}
            onDone={(at) => {
              setModal({ kind: 'none' });
              void attempt(() => session!.act('schedule', at));
            }}
          />
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'confirm'}
        title={tr('editor.confirm.title')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'confirm' && (
          <>
            <p>{tr(`editor.confirm.${modal.action === 'archive' ? 'archive' : 'unpublish'}`)}</p>
            <div class="button-row">
              <button
                type="button"
                class="button"
                onClick={() => {
                  const { action } = modal;
                  setModal({ kind: 'none' });
                  void attempt(() => session!.act(action));
                }}
              >
                {tr(`editor.action.${modal.action}`)}
              </button>
              <button
                type="button"
                class="button button-quiet"
                onClick={() => setModal({ kind: 'none' })}
              >
                {tr('editor.cancel')}
              </button>
            </div>
          </>
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'revisions'}
        wide
        title={tr('editor.revisions')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'revisions' && article && (
          <RevisionsPanel
            api={api}
            articleId={article.id}
            version={article.version}
            timeZone={config.timeZone}
            restore={(revisionId) =>
              attempt(async () => {
                await session!.restore(revisionId);
                setModal({ kind: 'none' });
              })
            }
          />
        )}
      </Dialog>

      <Dialog
        isOpen={modal.kind === 'media'}
        wide
        title={tr('editor.media.title')}
        onClose={() => setModal({ kind: 'none' })}
      >
        {modal.kind === 'media' && (
          <MediaPicker
            api={api}
            csrfToken={config.csrfToken}
            onPick={(image) => pickImage(image, modal.purpose)}
          />
        )}
      </Dialog>
    </div>
  );
}

/** Whether a draft kept in this browser holds something the server does not. */
function differsFromServer(draft: LocalDraft, session: ArticleSession): boolean {
  const server = session.article;
  if (!server)
    return (
      draft.fields.title.trim() !== '' || JSON.stringify(draft.body) !== JSON.stringify(emptyDoc)
    );
  return (
    JSON.stringify(draft.fields) !== JSON.stringify(session.fields) ||
    JSON.stringify(draft.body) !== JSON.stringify(server.body)
  );
}
