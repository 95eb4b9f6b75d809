/** Article revisions: who changed what, when; each with the article as it was after. */
import { Repository } from '../db/repository.js';
import type { ArticleRevisionRow, RevisionKind } from '../db/schema.js';

export type RevisionSummaryRow = Omit<ArticleRevisionRow, 'snapshot'>;

const summaryColumns = [
  'id',
  'articleId',
  'version',
  'kind',
  'actorUserId',
  'actorName',
  'createdAt',
] as const;

export interface NewRevision {
  articleId: number;
  version: number;
  kind: RevisionKind;
  snapshot: string;
  actorUserId: number | null;
  actorName: string;
  createdAt: string;
}

export class RevisionRepository extends Repository {
  async insert(revision: NewRevision): Promise<RevisionSummaryRow> {
    return this.writer
      .insertInto('articleRevision')
      .values(revision)
      .returning(summaryColumns)
      .executeTakeFirstOrThrow();
  }

  /** A revision's content brought up to date (the same sitting's later save). */
  async replace(
    id: number,
    change: Pick<NewRevision, 'version' | 'snapshot' | 'createdAt'>,
  ): Promise<void> {
    await this.writer.updateTable('articleRevision').set(change).where('id', '=', id).execute();
  }

  /** An article's revisions, newest first. */
  async list(articleId: number, limit = 200): Promise<RevisionSummaryRow[]> {
    return this.db
      .selectFrom('articleRevision')
      .select(summaryColumns)
      .where('articleId', '=', articleId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  async find(articleId: number, id: number): Promise<ArticleRevisionRow | null> {
    const row = await this.db
      .selectFrom('articleRevision')
      .selectAll()
      .where('articleId', '=', articleId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** The change that made the article's current version: who saved it last, and when. */
  async latestApplied(articleId: number): Promise<RevisionSummaryRow | null> {
    const row = await this.db
      .selectFrom('articleRevision')
      .select(summaryColumns)
      .where('articleId', '=', articleId)
      .where('kind', '!=', 'refused')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ?? null;
  }
}
