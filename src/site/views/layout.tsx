/**
 * The frame every public page shares: head, skip link, masthead with today's date and
 * the language switch, section navigation, breaking-news bar, main and footer.
 */
import { SearchForm } from './search-form.js';
import type { ComponentChildren } from 'preact';
import type { Language } from '../../content/types.js';
import { t } from '../i18n.js';
import { articlePath, homePath, sectionPath } from '../paths.js';
import type { PageContext } from '../view-models.js';
import { isoDay, pageFormat, yearIn, type PageFormat } from './format.js';
import { Head } from './head.js';
import type { PageMeta } from './page-meta.js';

export interface LayoutProps {
  context: PageContext;
  meta: PageMeta;
  /** The top-level section this page belongs to: marked current in the navigation. */
  activeSectionId?: number | null;
  /** The home page shows the wordmark as its h1. */
  isHome?: boolean;
  children: ComponentChildren;
}

const directions = { ar: 'rtl', en: 'ltr' } as const;

function otherLanguage(language: Language): Language {
  return language === 'ar' ? 'en' : 'ar';
}

/**
 * The link to the other edition: this page's own alternate in that language when it has one
 * (an article's translation), else that edition's front page. Its text is always Arabic
 * («النسخة الإنجليزية» on Arabic pages, «العربية» on English ones, so no Latin word sits on
 * an Arabic page): it is marked as Arabic only where the page around it is not.
 */
function LanguageSwitch({ context, meta }: { context: PageContext; meta: PageMeta }) {
  const target = otherLanguage(context.language);
  const marksArabic = context.language !== 'ar';
  const alternate = meta.alternates.find((link) => link.hreflang === target)?.href;
  // Alternates are absolute, for crawlers; a link within the site is its path.
  const href =
    alternate === undefined
      ? homePath(target, context.settings.locale)
      : alternate.startsWith(`${context.publicUrl}/`)
        ? alternate.slice(context.publicUrl.length)
        : alternate;
  return (
    <a
      class="language-switch"
      href={href}
      hreflang={target}
      {...(marksArabic ? { lang: 'ar', dir: directions.ar } : {})}
    >
      {t(context.language, 'site.languageSwitch')}
    </a>
  );
}

function Masthead({
  context,
  meta,
  format,
  isHome,
}: {
  context: PageContext;
  meta: PageMeta;
  format: PageFormat;
  isHome: boolean;
}) {
  const { language, settings } = context;
  const Wordmark = isHome ? 'h1' : 'p';
  return (
    <header class="masthead">
      <div class="masthead-bar container">
        <time class="masthead-date" datetime={isoDay(context.now, settings.timeZone)}>
          {format.date(context.now)}
        </time>
        <SearchForm context={context} id="site-search" isLandmark />
        <LanguageSwitch context={context} meta={meta} />
      </div>
      <div class="masthead-brand container">
        <Wordmark class="wordmark">
          <a href={homePath(language, settings.locale)}>{settings.siteName[language]}</a>
        </Wordmark>
        <p class="tagline">{settings.tagline[language]}</p>
      </div>
    </header>
  );
}

function PrimaryNav({
  context,
  activeSectionId,
  isHome,
}: {
  context: PageContext;
  activeSectionId: number | null;
  isHome: boolean;
}) {
  const { language, settings } = context;
  return (
    <nav class="primary-nav" aria-label={t(language, 'site.primaryNav')}>
      <ul class="container">
        <li>
          <a href={homePath(language, settings.locale)} aria-current={isHome ? 'page' : undefined}>
            {t(language, 'site.home')}
          </a>
        </li>
        {context.navigation.map(({ section }) => (
          <li>
            <a
              href={sectionPath(section)}
              aria-current={section.id === activeSectionId ? 'true' : undefined}
            >
              {section.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function BreakingBar({ context }: { context: PageContext }) {
  if (context.breaking.length === 0) return null;
  const { language } = context;
  return (
    <section class="breaking" aria-label={t(language, 'breaking.region')}>
      <div class="container breaking-inner">
        <strong class="breaking-label">{t(language, 'breaking.label')}</strong>
        <ul class="breaking-list">
          {context.breaking.map((article) => (
            <li>
              <a href={articlePath(article)}>{article.title}</a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function Footer({ context, format }: { context: PageContext; format: PageFormat }) {
  const { language, settings } = context;
  const site = settings.siteName[language];
  return (
    <footer class="site-footer">
      <div class="container">
        <nav class="footer-nav" aria-label={t(language, 'footer.sections')}>
          <h2 class="footer-heading">{t(language, 'footer.sections')}</h2>
          <ul>
            {context.navigation.map(({ section }) => (
              <li>
                <a href={sectionPath(section)}>{section.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="footer-about">
          <p class="footer-wordmark">{site}</p>
          <p class="footer-tagline">{settings.tagline[language]}</p>
          <p class="copyright">
            {t(language, 'footer.copyright', {
              year: format.integer(yearIn(context.now, settings.timeZone)),
              site,
            })}
          </p>
        </div>
      </div>
    </footer>
  );
}

export function Layout({
  context,
  meta,
  activeSectionId = null,
  isHome = false,
  children,
}: LayoutProps) {
  const format = pageFormat(context);
  const { language } = context;
  return (
    <html lang={language} dir={directions[language]}>
      <Head context={context} meta={meta} />
      <body class={`digits-${format.digits}`}>
        <a class="skip-link" href="#main">
          {t(language, 'site.skipToContent')}
        </a>
        <Masthead context={context} meta={meta} format={format} isHome={isHome} />
        <PrimaryNav context={context} activeSectionId={activeSectionId} isHome={isHome} />
        <BreakingBar context={context} />
        <main id="main" class="container" tabindex={-1}>
          {children}
        </main>
        <Footer context={context} format={format} />
      </body>
    </html>
  );
}
