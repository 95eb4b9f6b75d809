/**
 * What a form sent and what was wrong with it. Fields arrive as text (the routes' schema
 * says only that); the account service checks them with its own schemas, so a broken rule
 * comes back as the form with its messages, not as an error page. A Midad error becomes a problem in the
 * visitor's language: one sentence for the form, and one per field at fault.
 */
import type { FastifyRequest } from 'fastify';
import { MidadError, presentError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { toWesternDigits } from '../text/digits.js';
import { formatMoment, type Visit } from './visit.js';

export type FormFields = Record<string, string>;

/** The submitted fields as text; a repeated field keeps its first value, others are dropped. */
export function formFields(request: FastifyRequest): FormFields {
  const body = request.body;
  const fields: FormFields = {};
  if (typeof body !== 'object' || body === null) return fields;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    const text: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof text === 'string') fields[name] = text;
  }
  return fields;
}

/** Only the named fields, leaving out those sent empty, as the service's input. */
export function pick(fields: FormFields, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined && value !== '') picked[name] = value;
  }
  return picked;
}

/**
 * A code as typed: phones with an Arabic keyboard type ٠–٩, and the service reads 0–9
 * (a recovery code is Latin anyway).
 */
export function typedCode(value: string | undefined): string {
  return toWesternDigits(value ?? '').trim();
}

export interface FormProblem {
  status: number;
  /** What went wrong, for the top of the form. */
  message: string;
  /** Messages by field name, for the fields at fault. */
  fields: Record<string, string>;
  /** The error's `Retry-After`, in seconds, when waiting is the answer. */
  retryAfterSeconds: number | null;
}

export function problemOf(error: MidadError, visit: Visit): FormProblem {
  const presented = presentError(error, visit.locale, (moment) => formatMoment(visit, moment));
  const fields: Record<string, string> = {};
  for (const field of presented.fields ?? []) fields[field.field] ??= field.message;
  const minutes = error.params.minutes;
  const seconds = error.params.seconds;
  return {
    status: error.status,
    message: presented.message,
    fields,
    retryAfterSeconds:
      typeof minutes === 'number' ? minutes * 60 : typeof seconds === 'number' ? seconds : null,
  };
}

/** A problem the newsroom words itself, with no error of the catalogue behind it. */
export function problemSaying(visit: Visit, key: MessageKey, status: number): FormProblem {
  return { status, message: t(visit.locale, key), fields: {}, retryAfterSeconds: null };
}

/** The Midad error a form's action failed with, or the error again when it is not one to show. */
export function formError(error: unknown): MidadError {
  if (error instanceof MidadError && error.status < 500) return error;
  throw error;
}
