/**
 * A person's links as the form writes them: rows of a label and an address
 * (`links.0.label`, `links.0.url` …), some left empty. The service takes only the filled
 * rows and names a fault by its place among them, so the place is carried back to the row the
 * editor typed it in.
 */
import type { PersonLink } from '../../content/types.js';
import { ValidationError } from '../../errors.js';
import type { FormFields } from '../forms.js';

/** As many as the service takes. */
export const maxLinks = 10;
/** Empty rows after the filled ones, to add links with. */
const spareRows = 2;

export function linkField(row: number, part: 'label' | 'url'): string {
  return `links.${row}.${part}`;
}

/** The link fields of a person as stored. */
export function linkValues(links: readonly PersonLink[]): FormFields {
  const values: FormFields = {};
  links.forEach((link, row) => {
    values[linkField(row, 'label')] = link.label;
    values[linkField(row, 'url')] = link.url;
  });
  return values;
}

function isFilled(values: FormFields, row: number): boolean {
  return (
    (values[linkField(row, 'label')]?.trim() ?? '') !== '' ||
    (values[linkField(row, 'url')]?.trim() ?? '') !== ''
  );
}

/** How many rows the form shows: every filled one and some spare, up to the limit. */
export function linkRowCount(values: FormFields): number {
  let lastFilled = -1;
  for (let row = 0; row < maxLinks; row += 1) if (isFilled(values, row)) lastFilled = row;
  return Math.min(maxLinks, lastFilled + 1 + spareRows);
}

export interface TypedLinks {
  links: PersonLink[];
  /** The form row each link came from. */
  rows: number[];
}

/** The filled rows, in order. */
export function typedLinks(fields: FormFields): TypedLinks {
  const links: PersonLink[] = [];
  const rows: number[] = [];
  for (let row = 0; row < maxLinks; row += 1) {
    if (!isFilled(fields, row)) continue;
    links.push({
      label: fields[linkField(row, 'label')]?.trim() ?? '',
      url: fields[linkField(row, 'url')]?.trim() ?? '',
    });
    rows.push(row);
  }
  return { links, rows };
}

/** The error again, with each `links.N.…` field named by the row it was typed in. */
export function inFormRows(error: unknown, typed: TypedLinks): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(
    error.fields.map((fault) => {
      const match = /^links\.(\d+)\.(label|url)$/.exec(fault.field);
      const row = match ? typed.rows[Number(match[1])] : undefined;
      return row === undefined || !match ? fault : { ...fault, field: `links.${row}.${match[2]}` };
    }),
  );
}
