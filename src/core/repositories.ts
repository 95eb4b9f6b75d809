/**
 * Every repository, built on one Kysely: a unit of work's transaction (the repositories
 * write) or the root connection (`readRepositories`: they only read). Built lazily, so a
 * unit of work pays only for the repositories it touches.
 */
import type { Kysely } from 'kysely';
import type { Db, Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { ApiTokenRepository } from '../accounts/api-token-repository.js';
import { InvitationRepository } from '../accounts/invitation-repository.js';
import { LoginAttemptRepository } from '../accounts/login-attempt-repository.js';
import { RecoveryCodeRepository } from '../accounts/recovery-code-repository.js';
import { SessionRepository } from '../accounts/session-repository.js';
import { UserRepository } from '../accounts/user-repository.js';
import { ArticleRepository } from '../content/article-repository.js';
import { RedirectRepository } from '../content/redirect-repository.js';
import { RevisionRepository } from '../content/revision-repository.js';
import { SettingsRepository } from '../content/settings-repository.js';
import { TaxonomyRepository } from '../content/taxonomy-repository.js';
import { EventRepository } from '../events/event-repository.js';
import { JobRepository } from '../jobs/job-repository.js';
import { MediaRepository } from '../media/media-repository.js';
import { SearchRepository } from '../search/search-repository.js';
import { WebhookRepository } from '../webhooks/webhook-repository.js';

export class RepositorySet {
  private readonly made = new Map<string, unknown>();

  constructor(
    protected readonly kysely: Kysely<Database>,
    protected readonly dialect: Dialect,
  ) {}

  private once<T>(name: string, make: () => T): T {
    if (!this.made.has(name)) this.made.set(name, make());
    return this.made.get(name) as T;
  }

  get articles(): ArticleRepository {
    return this.once('articles', () => new ArticleRepository(this.kysely));
  }
  get revisions(): RevisionRepository {
    return this.once('revisions', () => new RevisionRepository(this.kysely));
  }
  get media(): MediaRepository {
    return this.once('media', () => new MediaRepository(this.kysely));
  }
  get taxonomy(): TaxonomyRepository {
    return this.once('taxonomy', () => new TaxonomyRepository(this.kysely, this.media));
  }
  get settings(): SettingsRepository {
    return this.once('settings', () => new SettingsRepository(this.kysely));
  }
  get redirects(): RedirectRepository {
    return this.once('redirects', () => new RedirectRepository(this.kysely));
  }
  get jobs(): JobRepository {
    return this.once('jobs', () => new JobRepository(this.kysely, this.dialect));
  }
  get search(): SearchRepository {
    return this.once('search', () => new SearchRepository(this.kysely, this.dialect));
  }
  get webhooks(): WebhookRepository {
    return this.once('webhooks', () => new WebhookRepository(this.kysely));
  }
  get events(): EventRepository {
    return this.once('events', () => new EventRepository(this.kysely));
  }
  get users(): UserRepository {
    return this.once('users', () => new UserRepository(this.kysely));
  }
  get sessions(): SessionRepository {
    return this.once('sessions', () => new SessionRepository(this.kysely));
  }
  get apiTokens(): ApiTokenRepository {
    return this.once('apiTokens', () => new ApiTokenRepository(this.kysely));
  }
  get invitations(): InvitationRepository {
    return this.once('invitations', () => new InvitationRepository(this.kysely));
  }
  get loginAttempts(): LoginAttemptRepository {
    return this.once('loginAttempts', () => new LoginAttemptRepository(this.kysely));
  }
  get recoveryCodes(): RecoveryCodeRepository {
    return this.once('recoveryCodes', () => new RecoveryCodeRepository(this.kysely));
  }
}

/** Repositories on the root connection, for reads outside any unit of work. */
export function readRepositories(db: Db): RepositorySet {
  return new RepositorySet(db.kysely, db.dialect);
}
