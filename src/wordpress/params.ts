/**
 * The query parameters of WordPress's REST API, read as WordPress reads them: lists either
 * comma-separated (`categories=3,4`) or repeated with brackets (`categories[]=3&categories[]=4`,
 * as the `wpapi` client sends them), `per_page` up to 100 (more is capped), dates in ISO 8601.
 * A parameter WordPress does not know, or a value it would refuse, is a `WordPressError` with
 * WordPress's own code (`rest_invalid_param`), so clients written for it handle it unchanged.
 */
import { t, type Locale, type MessageKey, type MessageParams } from '../i18n/index.js';

/** A message of the catalogue, told in the caller's language when the error is sent. */
export interface WordPressMessage {
  key: MessageKey;
  args?: MessageParams;
}

/** An error as WordPress's REST API answers it: `{code, message, data: {status, params?}}`. */
export class WordPressError extends Error {
  constructor(
    readonly code: string,
    readonly told: WordPressMessage,
    readonly status: number,
    readonly params: Record<string, WordPressMessage> | null = null,
  ) {
    super(code);
  }

  present(locale: Locale) {
    const say = ({ key, args }: WordPressMessage) => t(locale, key, args);
    return {
      code: this.code,
      message: say(this.told),
      data: {
        status: this.status,
        ...(this.params
          ? {
              params: Object.fromEntries(
                Object.entries(this.params).map(([name, message]) => [name, say(message)]),
              ),
            }
          : {}),
      },
    };
  }

  static invalid(params: Record<string, WordPressMessage>): WordPressError {
    return new WordPressError(
      'rest_invalid_param',
      { key: 'wordpress.invalid_params', args: { names: Object.keys(params).join(', ') } },
      400,
      params,
    );
  }
}

export const maxPerPage = 100;

/** Parameters every collection takes, which Midad accepts and need not act on. */
const ignored = ['context', '_fields', '_locale', '_envelope', '_wpnonce', '_method'];

type Raw = Record<string, string | string[] | undefined>;

/** A request's query with the brackets of repeated parameters taken off their names. */
function normalized(query: unknown): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [key, value] of Object.entries((query ?? {}) as Raw)) {
    if (value === undefined) continue;
    const name = key.replace(/\[\]$/, '');
    const list = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
    values.set(name, [...(values.get(name) ?? []), ...list.map((v) => v.trim())]);
  }
  return values;
}

export class WordPressQuery {
  private readonly values: Map<string, string[]>;
  private readonly problems: Record<string, WordPressMessage> = {};

  /** `known` are the parameters the route takes; any other is refused. */
  constructor(query: unknown, known: readonly string[]) {
    this.values = normalized(query);
    for (const name of this.values.keys()) {
      if (!known.includes(name) && !ignored.includes(name)) {
        this.problems[name] = { key: 'wordpress.param.unknown', args: { name } };
      }
    }
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** Refuses the request when any parameter was wrong: all of them named at once. */
  check(): void {
    if (Object.keys(this.problems).length > 0) throw WordPressError.invalid(this.problems);
  }

  private fail(name: string, key: MessageKey, args: MessageParams = {}): void {
    this.problems[name] = { key, args: { name, ...args } };
  }

  string(name: string): string | null {
    const value = this.values.get(name);
    if (value === undefined) return null;
    return value.join(',');
  }

  integer(name: string, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}): number | null {
    const raw = this.string(name);
    if (raw === null) return null;
    if (!/^\d{1,15}$/.test(raw) || Number(raw) < min) {
      this.fail(name, 'wordpress.param.integer', { min });
      return null;
    }
    return Math.min(Number(raw), max);
  }

  integers(name: string): number[] | null {
    const value = this.values.get(name);
    if (value === undefined) return null;
    const list = value.filter((v) => v !== '');
    if (!list.every((v) => /^\d{1,10}$/.test(v))) {
      this.fail(name, 'wordpress.param.ids');
      return null;
    }
    return list.map(Number);
  }

  strings(name: string): string[] | null {
    const value = this.values.get(name);
    return value === undefined ? null : value.filter((v) => v !== '');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | null {
    const raw = this.string(name);
    if (raw === null) return null;
    const found = allowed.find((a) => a === raw);
    if (!found) this.fail(name, 'wordpress.param.one_of', { allowed: allowed.join(', ') });
    return found ?? null;
  }

  boolean(name: string): boolean | null {
    const raw = this.string(name);
    if (raw === null) return null;
    if (['1', 'true', ''].includes(raw)) return true;
    if (['0', 'false'].includes(raw)) return false;
    this.fail(name, 'wordpress.param.boolean');
    return null;
  }

  /** An ISO 8601 moment; one without a zone is read in UTC, as WordPress reads `*_gmt`. */
  date(name: string): Date | null {
    const raw = this.string(name);
    if (raw === null) return null;
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(raw) ? raw : `${raw}Z`;
    const day = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?/.exec(raw);
    const moment = day ? new Date(withZone) : new Date(Number.NaN);
    // A day the calendar does not have (30 February) is refused, not moved to March.
    const [, year, month, date] = day ?? [];
    const isRealDay =
      !Number.isNaN(moment.getTime()) &&
      new Date(Date.UTC(Number(year), Number(month) - 1, Number(date))).getUTCDate() ===
        Number(date) &&
      Number(month) >= 1 &&
      Number(month) <= 12;
    if (!isRealDay) {
      this.fail(name, 'wordpress.param.date');
      return null;
    }
    return moment;
  }

  /** `page` and `per_page`, WordPress's defaults (1 and 10), `per_page` capped at 100. */
  paging(): { page: number; perPage: number } {
    return {
      page: this.integer('page', { max: 1_000_000 }) ?? 1,
      perPage: this.integer('per_page', { max: maxPerPage }) ?? 10,
    };
  }
}

export const collectionParams = ['page', 'per_page', 'include', 'exclude', 'order', 'orderby'];
