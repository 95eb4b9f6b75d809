/**
 * The pieces of every newsroom form. Each form knows its problem (if it came back with one):
 * a field's own message sits under its label and is tied to the input by
 * `aria-describedby`; a message about the whole form sits at its top and describes its fields;
 * the first field at fault (or the form's chosen one) gets `autofocus`, so a keyboard or a
 * screen reader lands where the work is. Forms post with no script at all.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { languages, type Language } from '../../text/language.js';
import { csrfField } from '../csrf.js';
import type { FormProblem } from '../forms.js';
import type { Notice } from '../paths.js';

interface FormState {
  id: string;
  problem: FormProblem | null;
  /** The field that gets `autofocus`. */
  focus: string | null;
  /** Whether the problem is about the form, not one of its fields. */
  isFormLevel: boolean;
}

const FormContext = createContext<FormState>({
  id: 'form',
  problem: null,
  focus: null,
  isFormLevel: false,
});

export interface FormProps {
  /** Prefix of the form's ids: several forms share the account page. */
  id: string;
  action: string;
  token: string;
  problem?: FormProblem | null | undefined;
  /** The form's fields in order, to focus the first one at fault. */
  fields: readonly string[];
  /** Where the cursor goes when the whole form is at fault (a wrong password: the password). */
  focusOnProblem?: string;
  class?: string;
  children: ComponentChildren;
}

export function Form({
  id,
  action,
  token,
  problem = null,
  fields,
  focusOnProblem,
  ...props
}: FormProps) {
  const fieldsAtFault = fields.filter((name) => problem?.fields[name] !== undefined);
  const isFormLevel = problem !== null && fieldsAtFault.length === 0;
  const focus = problem === null ? null : (fieldsAtFault[0] ?? focusOnProblem ?? fields[0] ?? null);
  const elsewhere = Object.entries(problem?.fields ?? {}).filter(
    ([name]) => !fields.includes(name),
  );
  return (
    <form method="post" action={action} class={props.class} novalidate>
      <TokenField token={token} />
      {problem && (
        <div class="alert" role="alert" id={`${id}-problem`}>
          <p>{problem.message}</p>
          {elsewhere.map(([, message]) => (
            <p>{message}</p>
          ))}
        </div>
      )}
      <FormContext.Provider value={{ id, problem, focus, isFormLevel }}>
        {props.children}
      </FormContext.Provider>
    </form>
  );
}

/** The hidden field a form carries its CSRF token in. */
export function TokenField({ token }: { token: string }) {
  return <input type="hidden" name={csrfField} value={token} />;
}

export interface FieldProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string;
  autocomplete: string;
  hint?: string;
  /** Addresses, keys and codes are Latin: written left to right whatever the page. */
  isLatin?: boolean;
  inputmode?: 'numeric' | 'text' | 'email';
  minlength?: number;
  maxlength?: number;
}

export function Field({ name, label, type = 'text', hint, isLatin = false, ...input }: FieldProps) {
  const form = useContext(FormContext);
  const id = `${form.id}-${name}`;
  const error = form.problem?.fields[name];
  const describedBy = [
    error !== undefined ? `${id}-error` : form.isFormLevel ? `${form.id}-problem` : null,
    hint ? `${id}-hint` : null,
  ].filter((part) => part !== null);
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
      <input
        id={id}
        name={name}
        type={type}
        required
        {...input}
        {...(isLatin ? { dir: 'ltr', autocapitalize: 'none', spellcheck: false } : {})}
        aria-invalid={error === undefined ? undefined : 'true'}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        autofocus={form.focus === name}
      />
    </div>
  );
}

/** The interface language, each named in the page's language. */
export function LanguageSelect({ language, value }: { language: Language; value: Language }) {
  const form = useContext(FormContext);
  const id = `${form.id}-language`;
  const error = form.problem?.fields.language;
  return (
    <div class={error === undefined ? 'field' : 'field field-invalid'}>
      <label for={id}>{t(language, 'newsroom.field.language')}</label>
      {error !== undefined && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select
        id={id}
        name="language"
        aria-invalid={error === undefined ? undefined : 'true'}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        autofocus={form.focus === 'language'}
      >
        {languages.map((option) => (
          <option value={option} selected={option === value}>
            {t(language, `newsroom.language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SubmitButton({
  children,
  isQuiet = false,
}: {
  children: ComponentChildren;
  isQuiet?: boolean;
}) {
  return (
    <button class={isQuiet ? 'button button-quiet' : 'button'} type="submit">
      {children}
    </button>
  );
}

/** What a page says after a redirect: a polite status, announced without moving the focus. */
export function NoticeBox({ language, notice }: { language: Language; notice: Notice | null }) {
  if (notice === null) return null;
  return (
    <div class="notice" role="status">
      <p>{t(language, `newsroom.notice.${notice}`)}</p>
    </div>
  );
}
