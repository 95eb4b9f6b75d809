/**
 * One article being edited in one tab, and how nothing typed is ever lost: every change is
 * written to this browser's storage at once, and to the server a moment after typing stops
 * (and when the tab is hidden or closed). A save the server refuses because someone else
 * saved in between becomes a conflict the writer settles — their version, or mine — and
 * either way the other version stays in the article's revisions.
 */
import type { DocumentJson } from '../../content/document-schema.js';
import type {
  EditorAction,
  EditorArticle,
  EditorFields,
  EditorLanguage,
} from '../editor-config.js';
import { ApiError, OfflineError, type Api, type ApiFieldError } from './api.js';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'needs-title' }
  | { kind: 'offline' }
  | { kind: 'invalid'; message: string; fields: ApiFieldError[] }
  | { kind: 'conflict'; message: string; refusedRevisionId: number | null; currentVersion: number }
  | { kind: 'failed'; message: string };

export interface LocalDraft {
  fields: EditorFields;
  body: DocumentJson;
  /** The server version the draft was written on (null: not yet on the server). */
  baseVersion: number | null;
  savedAt: string;
}

const serverDelayMs = 2000;
const retryDelayMs = 10_000;
const storagePrefix = 'midad:editor:';

export function draftKey(articleId: number | null): string {
  return `${storagePrefix}${articleId ?? 'new'}`;
}

export function readDraft(key: string): LocalDraft | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function fieldsOf(
  article: EditorArticle | null,
  tagNames: string[],
  language: EditorLanguage,
): EditorFields {
  return {
    title: article?.title ?? '',
    subtitle: article?.subtitle ?? null,
    excerpt: article?.excerpt ?? null,
    slug: article?.slug ?? '',
    language: article?.language ?? language,
    type: article?.type ?? 'news',
    sectionId: article?.sectionId ?? null,
    tagNames,
    authorIds: article?.authorIds ?? [],
    featuredImageId: article?.featuredImageId ?? null,
    sourceName: article?.sourceName ?? null,
    sourceUrl: article?.sourceUrl ?? null,
    seoTitle: article?.seoTitle ?? null,
    seoDescription: article?.seoDescription ?? null,
    isBreaking: article?.isBreaking ?? false,
    isFeatured: article?.isFeatured ?? false,
    translationOfId: article?.translationOfId ?? null,
  };
}

/** The body of a save: empty text fields are "none", a blank slug is made from the title. */
function payloadOf(fields: EditorFields, body: DocumentJson) {
  const orNull = (value: string | null) => (value === null || value.trim() === '' ? null : value);
  return {
    ...fields,
    subtitle: orNull(fields.subtitle),
    excerpt: orNull(fields.excerpt),
    slug: fields.slug.trim() === '' ? undefined : fields.slug,
    sourceName: orNull(fields.sourceName),
    sourceUrl: orNull(fields.sourceUrl),
    seoTitle: orNull(fields.seoTitle),
    seoDescription: orNull(fields.seoDescription),
    // The tags are the names in the form: none are kept from before by id.
    tagIds: [],
    body,
  };
}

export interface SessionEvents {
  /** Something the page shows changed: the state of saving, the article. */
  update(): void;
  /** The article's content was replaced (their version, a restored revision). */
  replaced(article: EditorArticle): void;
  /** The article got its address on the server (the first save of a new one). */
  created(article: EditorArticle): void;
}

export class ArticleSession {
  state: SaveState;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private changedDuringSave = false;

  constructor(
    private readonly api: Api,
    public article: EditorArticle | null,
    public fields: EditorFields,
    private readonly body: () => DocumentJson,
    private readonly events: SessionEvents,
  ) {
    this.state = article ? { kind: 'saved', at: article.updatedAt } : { kind: 'unsaved' };
  }

  get key(): string {
    return draftKey(this.article?.id ?? null);
  }

  get isDirty(): boolean {
    return this.state.kind !== 'saved';
  }

  /** A change in the form or the body: kept here at once, sent to the server soon. */
  change(fields: Partial<EditorFields> = {}): void {
    this.fields = { ...this.fields, ...fields };
    this.keepLocally();
    if (this.state.kind === 'conflict') return;
    if (this.saving) this.changedDuringSave = true;
    this.setState(this.fields.title.trim() === '' ? { kind: 'needs-title' } : { kind: 'unsaved' });
    this.schedule(serverDelayMs);
  }

  /** Saves now if anything is unsaved; true when the server has everything. */
  async flush(options: { keepalive?: boolean } = {}): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.saving) await this.saving;
    if (['unsaved', 'offline', 'failed'].includes(this.state.kind)) {
      await this.save(options.keepalive ?? false);
    }
    return this.state.kind === 'saved';
  }

  /** Someone else's version: loaded into the form (mine is kept in the revisions). */
  async takeTheirs(): Promise<void> {
    if (!this.article) return;
    const theirs = await this.api<EditorArticle>('GET', `/articles/${this.article.id}`);
    this.events.replaced(theirs);
    this.settle(theirs);
  }

  /** My version made current again on top of theirs (theirs is kept in the revisions). */
  async keepMine(): Promise<void> {
    if (!this.article || this.state.kind !== 'conflict') return;
    const { refusedRevisionId, currentVersion } = this.state;
    if (refusedRevisionId === null) {
      this.article = { ...this.article, version: currentVersion };
      this.setState({ kind: 'unsaved' });
      await this.flush();
      return;
    }
    const mine = await this.api<EditorArticle>(
      'POST',
      `/articles/${this.article.id}/revisions/${refusedRevisionId}/restore`,
      { version: currentVersion },
    );
    this.events.replaced(mine);
    this.settle(mine);
  }

  /** A revision made current (a new revision of its own), after saving what is unsaved. */
  async restore(revisionId: number): Promise<void> {
    if (!this.article || !(await this.flush())) return;
    const restored = await this.api<EditorArticle>(
      'POST',
      `/articles/${this.article.id}/revisions/${revisionId}/restore`,
      { version: this.article.version },
    );
    this.events.replaced(restored);
    this.settle(restored);
  }

  /** A workflow action, once everything is saved. Throws the API's refusal. */
  async act(action: EditorAction, scheduledAt?: string): Promise<void> {
    if (!this.article || !(await this.flush())) return;
    this.article = await this.api<EditorArticle>('POST', `/articles/${this.article.id}/${action}`, {
      version: this.article.version,
      ...(scheduledAt ? { scheduledAt } : {}),
    });
    this.events.update();
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save(false);
    }, delay);
  }

  private keepLocally(): void {
    const draft: LocalDraft = {
      fields: this.fields,
      body: this.body(),
      baseVersion: this.article?.version ?? null,
      savedAt: new Date().toISOString(),
    };
    try {
      localStorage.setItem(this.key, JSON.stringify(draft));
    } catch {
      // Storage full or refused: the server save still runs.
    }
  }

  private save(keepalive: boolean): Promise<void> {
    if (this.saving) {
      this.changedDuringSave = true;
      return this.saving;
    }
    if (this.fields.title.trim() === '') {
      this.setState({ kind: 'needs-title' });
      return Promise.resolve();
    }
    this.changedDuringSave = false;
    this.setState({ kind: 'saving' });
    this.saving = this.send(keepalive).finally(() => {
      this.saving = null;
      if (this.changedDuringSave && this.state.kind === 'saved') {
        this.setState({ kind: 'unsaved' });
        this.schedule(0);
      }
    });
    return this.saving;
  }

  private async send(keepalive: boolean): Promise<void> {
    const payload = payloadOf(this.fields, this.body());
    try {
      if (this.article) {
        const saved = await this.api<EditorArticle>(
          'PATCH',
          `/articles/${this.article.id}`,
          { ...payload, version: this.article.version },
          { keepalive },
        );
        this.settle(saved, { keepDraft: this.changedDuringSave });
      } else {
        const created = await this.api<EditorArticle>('POST', '/articles', payload);
        localStorage.removeItem(draftKey(null));
        this.article = created;
        this.events.created(created);
        this.settle(created, { keepDraft: this.changedDuringSave });
      }
    } catch (error) {
      const failure = failureOf(error);
      this.setState(failure);
      // No answer, or the server's own trouble: try again later (the draft is kept here).
      if (failure.kind === 'offline' || failure.kind === 'failed') this.schedule(retryDelayMs);
    }
  }

  /** The server has `article`: the form follows it (the slug it chose, the new version). */
  private settle(article: EditorArticle, options: { keepDraft?: boolean } = {}): void {
    this.article = article;
    this.fields = { ...this.fields, slug: article.slug };
    if (options.keepDraft) this.keepLocally();
    else localStorage.removeItem(this.key);
    this.setState({ kind: 'saved', at: article.updatedAt });
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.events.update();
  }
}

function failureOf(error: unknown): SaveState {
  if (error instanceof OfflineError) return { kind: 'offline' };
  if (!(error instanceof ApiError)) return { kind: 'failed', message: String(error) };
  if (error.code === 'version_conflict') {
    const refused = error.details.refusedRevisionId;
    return {
      kind: 'conflict',
      message: error.message,
      refusedRevisionId: typeof refused === 'number' ? refused : null,
      currentVersion: Number(error.details.currentVersion),
    };
  }
  if (error.status === 400)
    return { kind: 'invalid', message: error.message, fields: error.fields };
  return { kind: 'failed', message: error.message };
}
