/**
 * The details panel's plain fields: a labelled text input or text area with its hint and the
 * API's messages for it, and a select — each tied to its messages for screen readers.
 */
import { useId } from 'preact/hooks';
import type { EditorFields } from '../editor-config.js';
import type { ApiFieldError } from './api.js';
import { tr, type EditorMessageKey } from './i18n.js';

/** Field errors the API gave for `name`, as the text under it. */
export function FieldError({
  errors,
  name,
  id,
}: {
  errors: ApiFieldError[];
  name: string;
  id: string;
}) {
  const mine = errors.filter((error) => error.field === name || error.field.startsWith(`${name}.`));
  if (mine.length === 0) return null;
  return (
    <p class="field-error" id={id}>
      {mine.map((error) => error.message).join(' ')}
    </p>
  );
}

export function TextField(props: {
  name: keyof EditorFields;
  label: EditorMessageKey;
  hint?: EditorMessageKey;
  value: string | null;
  errors: ApiFieldError[];
  multiline?: boolean;
  maxLength: number;
  type?: string;
  onInput: (value: string) => void;
}) {
  const id = useId();
  const hasError = props.errors.some((error) => error.field === props.name);
  const described = [props.hint ? `${id}-hint` : '', hasError ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: props.name,
    value: props.value ?? '',
    maxLength: props.maxLength,
    dir: 'auto' as const,
    'aria-invalid': hasError || undefined,
    'aria-describedby': described || undefined,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{tr(props.label)}</label>
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={props.type ?? 'text'} {...common} />
      )}
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {tr(props.hint)}
        </p>
      )}
      <FieldError errors={props.errors} name={props.name} id={`${id}-error`} />
    </div>
  );
}

export function SelectField<T extends string | number>(props: {
  label: EditorMessageKey;
  value: T | null;
  options: { value: T | ''; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{tr(props.label)}</label>
      <select
        id={id}
        value={props.value === null ? '' : String(props.value)}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.options.map((option) => (
          <option value={String(option.value)}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}
