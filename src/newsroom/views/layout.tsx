/**
 * The frame of every newsroom page: the document head, a skip link, the bar (the site's name,
 * then for a signed-in user their menu and the sign-out button, for anyone else the language
 * link) and the main region. Pages are never indexed and never framed.
 */
import type { ComponentChildren } from 'preact';
import { homePath } from '../../content/permalinks.js';
import { t } from '../../i18n/index.js';
import type { Language } from '../../text/language.js';
import { currentness, navigationFor } from '../navigation.js';
import { adminPaths, languageLink } from '../paths.js';
import { TokenField } from './form.js';
import type { PageContext } from './page-context.js';

export const directions = { ar: 'rtl', en: 'ltr' } as const;

export interface LayoutProps {
  context: PageContext;
  title: string;
  /** Sign-in pages are a narrow column; the account page uses the width. */
  isNarrow?: boolean;
  /** The editor takes the whole width of the window. */
  isWide?: boolean;
  children: ComponentChildren;
}

export function Layout({
  context,
  title,
  isNarrow = false,
  isWide = false,
  children,
}: LayoutProps) {
  const { visit } = context;
  const { language } = visit;
  const site = visit.settings.siteName[language];
  return (
    <html lang={language} dir={directions[language]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="color-scheme" content="light dark" />
        <title>{t(visit.locale, 'newsroom.pageTitle', { page: title, site })}</title>
        <link rel="stylesheet" href={context.stylesheetHref} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(language, 'newsroom.skipToContent')}
        </a>
        <header class="bar">
          <div class="bar-inner">
            <p class="brand">
              {site}
              <span class="brand-separator" aria-hidden="true">
                |
              </span>
              <span class="brand-part">{t(language, 'newsroom.name')}</span>
            </p>
            {visit.member ? <MemberMenu context={context} /> : <LanguageSwitch context={context} />}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class={isNarrow ? 'narrow' : isWide ? 'wide' : undefined}>{children}</div>
        </main>
      </body>
    </html>
  );
}

function otherLanguage(language: Language): Language {
  return language === 'ar' ? 'en' : 'ar';
}

/**
 * The link to the other language, for a visitor not signed in (a user has theirs in the
 * account). Its text is Arabic on both sides, «الواجهة الإنجليزية» / «الواجهة العربية», so an
 * Arabic page has no Latin word; on an English page it is marked as Arabic.
 */
function LanguageSwitch({ context }: { context: PageContext }) {
  const { language } = context.visit;
  const target = otherLanguage(language);
  return (
    <a
      href={languageLink(context.path, target)}
      hreflang={target}
      {...(language === 'ar' ? {} : { lang: 'ar', dir: directions.ar })}
    >
      {t(language, 'newsroom.languageSwitch')}
    </a>
  );
}

/**
 * A signed-in user's menu: the screens their role may use (`navigation.ts`), the public site,
 * who they are and the sign-out button. It is a disclosure, so a phone shows one menu button
 * that opens the list with no script at all; wider screens show the list itself (desk-css.ts).
 */
function MemberMenu({ context }: { context: PageContext }) {
  const { visit } = context;
  const member = visit.member;
  if (!member) return null;
  const { language, settings } = visit;
  return (
    <nav class="bar-menu" aria-label={t(language, 'newsroom.menu')}>
      <details class="menu">
        <summary class="menu-toggle">{t(language, 'desk.nav.toggle')}</summary>
        <div class="menu-content">
          <ul class="menu-list">
            {navigationFor(member.actor).map((entry) => (
              <li>
                <a href={entry.path} aria-current={currentness(entry, context.path) ?? undefined}>
                  {t(language, entry.label)}
                </a>
              </li>
            ))}
            <li>
              <a href={homePath(language, settings.locale)}>{t(language, 'newsroom.menu.site')}</a>
            </li>
          </ul>
          <div class="menu-user">
            <span class="bar-user">
              {t(visit.locale, 'newsroom.signedInAs', { name: member.user.name })}
            </span>
            <form class="inline-form" method="post" action={adminPaths.logout}>
              <TokenField token={member.session.csrfToken} />
              <button class="link-button" type="submit">
                {t(language, 'newsroom.logout')}
              </button>
            </form>
          </div>
        </div>
      </details>
    </nav>
  );
}
