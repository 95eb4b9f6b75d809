/** The shapes an image's descriptions are written in (TypeBox), and the rule for alt text. */
import { Type, type Static } from 'typebox';
import { ValidationError } from '../errors.js';

const nullableText = (maxLength: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]));

const altMaxLength = 500;

export const mediaDescriptionFields = {
  alt: Type.String({
    maxLength: altMaxLength,
    description: 'what the image shows, for readers who cannot see it; required',
  }),
  caption: nullableText(1000),
  credit: nullableText(300),
};

export const MediaDescriptionSchema = Type.Object(mediaDescriptionFields, {
  additionalProperties: false,
});
export const MediaUpdateSchema = Type.Object(
  Type.Partial(Type.Object(mediaDescriptionFields)).properties,
  { additionalProperties: false },
);
export type MediaDescription = Static<typeof MediaDescriptionSchema>;

/** An alt text must describe the image: not empty, and not a file name. */
export function checkAltText(alt: string): string {
  const trimmed = alt.trim();
  if (trimmed === '') throw ValidationError.of('alt', 'required');
  if (
    /\.(jpe?g|png|webp|avif|gif)$/i.test(trimmed) ||
    (/^[\w-]+$/.test(trimmed) && /[_-]/.test(trimmed))
  ) {
    throw ValidationError.of('alt', 'alt_is_file_name');
  }
  if ([...trimmed].length > altMaxLength) {
    throw ValidationError.of('alt', 'too_long', { limit: altMaxLength });
  }
  return trimmed;
}

/** A caption or credit as stored: trimmed, and null rather than empty. */
export function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** Control characters, and the marks and overrides that change the direction of what follows. */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const unprintable = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploaded file's name as the library shows it: its last path segment, without control
 * characters or direction overrides (U+202E would show "photo", U+202E, "gpj.exe" as
 * "photoexe.jpg"), at most 255 characters; null when nothing is left.
 */
export function originalNameOf(fileName: string | null): string | null {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(unprintable, '').trim();
  return clean === '' ? null : [...clean].slice(0, 255).join('');
}
