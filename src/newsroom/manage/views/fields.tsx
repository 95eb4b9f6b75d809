/**
 * The fields of the management forms: text, long text and choices, optional or required.
 * They follow the account page's conventions (`views/form.tsx`): a field's own message under
 * its label, tied to it by `aria-describedby`; a problem about the whole form describes every
 * field; the first field at fault gets `autofocus`. The form's state is handed to each field,
 * so one page can hold several forms (a role form per user) that come back on their own.
 */
import type { ComponentChildren } from 'preact';
import type { FormProblem } from '../../forms.js';

export interface FormState {
  id: string;
  problem: FormProblem | null;
  /** The field that gets `autofocus`. */
  focus: string | null;
  /** Whether the problem is about the form, not one of its fields. */
  isFormLevel: boolean;
}

/** The state of form `id`, whose fields in order are `fields`. */
export function formState(
  id: string,
  problem: FormProblem | null,
  fields: readonly string[],
): FormState {
  const fieldsAtFault = fields.filter((name) => problem?.fields[name] !== undefined);
  return {
    id,
    problem,
    focus: problem === null ? null : (fieldsAtFault[0] ?? fields[0] ?? null),
    isFormLevel: problem !== null && fieldsAtFault.length === 0,
  };
}

interface FieldFrame {
  form: FormState;
  name: string;
  label: string;
  hint?: string | undefined;
}

/** The ids and the state a control of `form` needs, and the label, hint and message around it. */
function fieldParts({ form, name, hint }: FieldFrame) {
  const id = `${form.id}-${name.replace(/\./g, '-')}`;
  const error = form.problem?.fields[name];
  const describedBy = [
    error !== undefined ? `${id}-error` : form.isFormLevel ? `${form.id}-problem` : null,
    hint ? `${id}-hint` : null,
  ].filter((part) => part !== null);
  return {
    id,
    error,
    control: {
      id,
      name,
      'aria-invalid': error === undefined ? undefined : ('true' as const),
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
      autofocus: form.focus === name,
    },
  };
}

function Frame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={error === undefined ? 'field' : 'field field-invalid'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export interface TextFieldProps extends FieldFrame {
  value: string;
  type?: 'text' | 'email' | 'url' | 'datetime-local';
  isRequired?: boolean;
  /** Addresses, keys and zone names are Latin: written left to right whatever the page. */
  isLatin?: boolean;
  /** Slugs and names may be in either language: the text sets its own direction. */
  isEitherDirection?: boolean;
  maxlength?: number;
  autocomplete?: string;
  /** The id of a `<datalist>` of suggestions. */
  list?: string;
}

export function TextField({
  type = 'text',
  isRequired = false,
  isLatin = false,
  isEitherDirection = false,
  value,
  maxlength,
  autocomplete = 'off',
  list,
  ...frame
}: TextFieldProps) {
  const { id, error, control } = fieldParts(frame);
  return (
    <Frame id={id} label={frame.label} hint={frame.hint} error={error}>
      <input
        {...control}
        type={type}
        value={value}
        required={isRequired}
        maxlength={maxlength}
        autocomplete={autocomplete}
        list={list}
        {...(isLatin ? { dir: 'ltr', autocapitalize: 'none', spellcheck: false } : {})}
        {...(isEitherDirection ? { dir: 'auto' } : {})}
      />
    </Frame>
  );
}

export interface TextAreaProps extends FieldFrame {
  value: string;
  maxlength: number;
  rows?: number;
}

export function TextArea({ value, maxlength, rows = 4, ...frame }: TextAreaProps) {
  const { id, error, control } = fieldParts(frame);
  return (
    <Frame id={id} label={frame.label} hint={frame.hint} error={error}>
      <textarea {...control} maxlength={maxlength} rows={rows} dir="auto">
        {value}
      </textarea>
    </Frame>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceProps extends FieldFrame {
  options: readonly ChoiceOption[];
  /** Further options under headings (sections by language). */
  groups?: readonly { label: string; options: readonly ChoiceOption[] }[];
  value: string;
}

export function Choice({ options, groups = [], value, ...frame }: ChoiceProps) {
  const { id, error, control } = fieldParts(frame);
  const option = (choice: ChoiceOption) => (
    <option value={choice.value} selected={choice.value === value}>
      {choice.label}
    </option>
  );
  return (
    <Frame id={id} label={frame.label} hint={frame.hint} error={error}>
      <select {...control}>
        {options.map(option)}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup label={group.label}>{group.options.map(option)}</optgroup>
          ))}
      </select>
    </Frame>
  );
}
