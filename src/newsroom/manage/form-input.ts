/**
 * From what a management form sent to what a service takes. Forms send text; the services
 * check the shapes with their own schemas, so these only say what an empty field means (no
 * value, or "clear it") and read ids, leaving anything else as it came for the service to
 * refuse with its own message.
 */
import { Type } from 'typebox';
import { toWesternDigits } from '../../text/digits.js';
import type { FormFields } from '../forms.js';

/** The `:id` of an item's address. */
export const ItemParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});
export type ItemRoute = { Params: { id: number } };

/** A field that may be emptied: empty text clears the stored value. */
export function textOrNull(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * A chosen id: none for an empty choice, the number for digits (typed in either script), and
 * anything else as it came, for the service to call the wrong type.
 */
export function idOrNull(value: string | undefined): number | string | null {
  const text = toWesternDigits(value?.trim() ?? '');
  if (text === '') return null;
  return /^\d{1,10}$/.test(text) ? Number(text) : text;
}

/** The named fields that were sent, as they were sent. */
export function sent(fields: FormFields, names: readonly string[]): Record<string, string> {
  const present: Record<string, string> = {};
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined) present[name] = value;
  }
  return present;
}
