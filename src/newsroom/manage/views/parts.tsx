/**
 * What the management pages share: a screen's heading with its notice and main link, a
 * one-button form for a row's action (move, disable, revoke), the confirmation page every
 * deletion goes through first, and the pager of a long list.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n/index.js';
import type { FormProblem } from '../../forms.js';
import { Form, NoticeBox, SubmitButton, TokenField } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';

export function tokenOf(context: PageContext): string {
  const member = context.visit.member;
  if (!member) throw new Error('a management page needs a signed-in user');
  return member.session.csrfToken;
}

export interface ScreenHeadProps {
  context: PageContext;
  title: string;
  intro?: string;
  /** The screen's main action, a link (a new section, a new token). */
  action?: { href: string; label: string } | undefined;
}

export function ScreenHead({ context, title, intro, action }: ScreenHeadProps) {
  const { language } = context.visit;
  return (
    <>
      <div class="screen-head">
        <h1>{title}</h1>
        {action && (
          <a class="button" href={action.href}>
            {action.label}
          </a>
        )}
      </div>
      <NoticeBox language={language} notice={context.notice} />
      {intro && <p class="lead">{intro}</p>}
    </>
  );
}

/**
 * A problem a list page shows at its top: a row's button that was refused (a forged form, a
 * section that cannot move). Focus goes to it, so a keyboard or a screen reader learns why.
 */
export function ProblemBox({ problem }: { problem: FormProblem | null }) {
  if (problem === null) return null;
  return (
    <div class="alert" role="alert" tabindex={-1} autofocus>
      <p>{problem.message}</p>
      {Object.values(problem.fields).map((message) => (
        <p>{message}</p>
      ))}
    </div>
  );
}

export interface RowButtonProps {
  context: PageContext;
  action: string;
  /** What the button says, short, and what it does to which row, for a screen reader. */
  label: string;
  accessibleLabel: string;
  /** A hidden field the action needs (the direction of a move). */
  field?: { name: string; value: string };
  isDanger?: boolean;
}

/** A row's action as a form of one button, so it works without a script. */
export function RowButton({
  context,
  action,
  label,
  accessibleLabel,
  field,
  isDanger = false,
}: RowButtonProps) {
  return (
    <form class="inline-form" method="post" action={action}>
      <TokenField token={tokenOf(context)} />
      {field && <input type="hidden" name={field.name} value={field.value} />}
      <button
        class={isDanger ? 'button button-small button-danger' : 'button button-small button-quiet'}
        type="submit"
        aria-label={accessibleLabel}
      >
        {label}
      </button>
    </form>
  );
}

/** A row's link to one of its pages (edit, delete), named for a screen reader. */
export function RowLink({
  href,
  label,
  accessibleLabel,
}: {
  href: string;
  label: string;
  accessibleLabel: string;
}) {
  return (
    <a class="button button-small button-quiet" href={href} aria-label={accessibleLabel}>
      {label}
    </a>
  );
}

export interface ConfirmPageProps {
  context: PageContext;
  title: string;
  /** What will happen, and what cannot be undone. */
  consequence: string;
  action: string;
  confirmLabel: string;
  /** Where "cancel" goes: the list the page came from. */
  back: string;
  /** A hidden field the action needs (the tag a merge keeps). */
  hidden?: { name: string; value: string };
  problem?: FormProblem | null;
  children?: ComponentChildren;
}

/**
 * The page a deletion, a revocation or a merge asks on first: a form of one button, and a way
 * back.
 */
export function ConfirmPage({
  context,
  title,
  consequence,
  action,
  confirmLabel,
  back,
  hidden,
  problem = null,
  children,
}: ConfirmPageProps) {
  const { language } = context.visit;
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        {children}
        <p>{consequence}</p>
        <Form id="confirm" action={action} token={tokenOf(context)} problem={problem} fields={[]}>
          {hidden && <input type="hidden" name={hidden.name} value={hidden.value} />}
          <div class="actions">
            <button class="button button-danger" type="submit" autofocus={problem === null}>
              {confirmLabel}
            </button>
            <a href={back}>{t(language, 'manage.cancel')}</a>
          </div>
        </Form>
      </section>
    </Layout>
  );
}

/** A submit button and the way back to the list, at the foot of an item's form. */
export function FormActions({
  context,
  submitLabel,
  back,
}: {
  context: PageContext;
  submitLabel: string;
  back: string;
}) {
  return (
    <div class="actions">
      <SubmitButton>{submitLabel}</SubmitButton>
      <a href={back}>{t(context.visit.language, 'manage.cancel')}</a>
    </div>
  );
}

export interface PagerProps {
  context: PageContext;
  label: string;
  page: number;
  pageCount: number;
  pathOf: (page: number) => string;
}

/** Earlier and later pages of a list, and where in it the reader is. */
export function Pager({ context, label, page, pageCount, pathOf }: PagerProps) {
  const { visit } = context;
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label={label}>
      {page > 1 ? (
        <a href={pathOf(page - 1)} rel="prev">
          {t(visit.language, 'manage.pager.previous')}
        </a>
      ) : (
        <span />
      )}
      <span>{t(visit.locale, 'manage.pager.where', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <a href={pathOf(page + 1)} rel="next">
          {t(visit.language, 'manage.pager.next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A secret to copy: read-only, selected whole by a tap or the keyboard, left to right. */
export function SecretField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="secret-field"
        type="text"
        value={value}
        readonly
        dir="ltr"
        spellcheck={false}
        autocomplete="off"
      />
    </div>
  );
}
