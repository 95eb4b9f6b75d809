/**
 * Midad's error catalogue: every error a person can meet has a stable code, an HTTP status,
 * and a message in Arabic and English (from the i18n tables, `error.<code>`). A broken rule
 * names its field, the rule and the rule's parameters (`rule.<rule>`), so each caller —
 * the JSON API, the newsroom's forms, the CLI — says it in its user's language. Anything
 * else is an internal error: logged, and shown only as a generic 500.
 */
import { isMessageKey, t, type Locale, type MessageKey } from './i18n/index.js';

export const errorCatalogue = {
  not_found: { status: 404 },
  route_not_found: { status: 404 },
  invalid_input: { status: 400 },
  malformed_request: { status: 400 },
  unauthenticated: { status: 401 },
  invalid_credentials: { status: 401 },
  totp_required: { status: 401 },
  totp_invalid: { status: 401 },
  account_disabled: { status: 403 },
  forbidden: { status: 403 },
  csrf_failed: { status: 403 },
  invitation_invalid: { status: 404 },
  method_not_allowed: { status: 405 },
  transition_not_allowed: { status: 409 },
  version_conflict: { status: 409 },
  setup_done: { status: 409 },
  in_use: { status: 409 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  rate_limited: { status: 429 },
  too_many_login_attempts: { status: 429 },
  unavailable: { status: 503 },
  internal: { status: 500 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof errorCatalogue;

type RuleKey = Extract<MessageKey, `rule.${string}`>;
/** The rules a field can break, each with its message `rule.<rule>`. */
export type Rule = RuleKey extends `rule.${infer R}` ? R : never;

/**
 * A value a message shows: text, a number (plural forms pick by it), a moment (written in the
 * reader's language and the site's style by whoever presents the error), or another message.
 */
export type ErrorParam = string | number | Date | { message: MessageKey };
export type ErrorParams = Record<string, ErrorParam>;

export interface FieldError {
  /** The field's path in the input, e.g. `title`, `tagIds.2`, `links.0.url`. */
  field: string;
  rule: Rule;
  params?: ErrorParams;
}

export class MidadError extends Error {
  override name = 'MidadError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** Machine-readable facts for API clients (ids, versions); never private data. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.status = errorCatalogue[code].status;
  }
}

/** Input that breaks one or more rules. Nothing was written. */
export class ValidationError extends MidadError {
  override name = 'ValidationError';
  constructor(readonly fields: FieldError[]) {
    super('invalid_input');
    this.message = `invalid_input: ${fields.map((f) => `${f.field} ${f.rule}`).join(', ')}`;
  }

  static of(field: string, rule: Rule, params?: ErrorParams): ValidationError {
    return new ValidationError([{ field, rule, ...(params ? { params } : {}) }]);
  }
}

/** How to write a moment in a message; the caller knows the site's time zone and style. */
export type FormatMoment = (moment: Date) => string;

export interface PresentedFieldError {
  field: string;
  rule: Rule;
  params: Record<string, string | number>;
  message: string;
}

export interface PresentedError {
  code: ErrorCode;
  message: string;
  fields?: PresentedFieldError[];
  [detail: string]: unknown;
}

function resolveParams(
  params: ErrorParams,
  locale: Locale,
  formatMoment: FormatMoment,
): Record<string, string | number> {
  const resolved: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    resolved[name] =
      value instanceof Date
        ? formatMoment(value)
        : typeof value === 'object'
          ? t(locale, value.message)
          : value;
  }
  return resolved;
}

/** The label of a field in messages: «العنوان» for `title`; the path itself when it has none. */
export function fieldLabel(locale: Locale, field: string): string {
  for (const key of [`field.${field}`, `field.${field.split('.')[0] ?? field}`]) {
    if (isMessageKey(key)) return t(locale, key);
  }
  return field;
}

/** An error as a person reads it, in `locale`: code, message and the fields at fault. */
export function presentError(
  error: MidadError,
  locale: Locale,
  formatMoment: FormatMoment,
): PresentedError {
  const presented: PresentedError = {
    ...error.details,
    code: error.code,
    message: t(locale, `error.${error.code}`, resolveParams(error.params, locale, formatMoment)),
  };
  if (error instanceof ValidationError) {
    presented.fields = error.fields.map((f) => {
      const params = resolveParams(f.params ?? {}, locale, formatMoment);
      return {
        field: f.field,
        rule: f.rule,
        params,
        message: t(locale, `rule.${f.rule}`, { ...params, field: fieldLabel(locale, f.field) }),
      };
    });
  }
  return presented;
}
