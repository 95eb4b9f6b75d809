/**
 * The invitation e-mail: a plain-text part and a simple HTML part with the same words, in the
 * inviter's language. The HTML is built with Preact, so every name and link in it is escaped
 * by construction, and an Arabic mail is right-to-left (`dir="rtl" lang="ar"`).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { renderToString } from 'preact-render-to-string';
import type { Language, Role } from '../db/schema.js';
import * as accountMessages from '../i18n/messages/accounts.js';

export interface InvitationMail {
  to: string;
  link: string;
  language: Language;
  siteName: string;
  inviterName: string;
  role: Role;
  validForDays: number;
}

type AccountMessageKey = keyof typeof accountMessages.ar;
const tables: Record<Language, Record<AccountMessageKey, string>> = accountMessages;

/**
 * A message of the accounts table, formatted as `t()` does (Arabic with Arabic-Indic digits).
 * Read from the table itself so the mail does not depend on how the tables are merged.
 */
function say(
  language: Language,
  key: AccountMessageKey,
  params: Record<string, string | number> = {},
): string {
  const tag = language === 'ar' ? 'ar-u-nu-arab' : 'en';
  return String(new IntlMessageFormat(tables[language][key], tag).format(params));
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export function composeInvitation(mail: InvitationMail): ComposedMail {
  const { language, link } = mail;
  const words = {
    subject: say(language, 'mail.invitation.subject', { siteName: mail.siteName }),
    intro: say(language, 'mail.invitation.intro', {
      inviterName: mail.inviterName,
      siteName: mail.siteName,
      role: say(language, `role.${mail.role}`),
    }),
    action: say(language, 'mail.invitation.action'),
    button: say(language, 'mail.invitation.button'),
    expiry: say(language, 'mail.invitation.expiry', { days: mail.validForDays }),
    ignore: say(language, 'mail.invitation.ignore'),
  };
  const text = [words.intro, '', words.action, link, '', words.expiry, '', words.ignore, ''].join(
    '\n',
  );
  const html = `<!doctype html>${renderToString(
    <html lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
      <head>
        <meta charset="utf-8" />
        <title>{words.subject}</title>
      </head>
      <body style="font-family: system-ui, sans-serif; line-height: 1.7">
        <p>{words.intro}</p>
        <p>{words.action}</p>
        <p>
          <a href={link}>{words.button}</a>
        </p>
        <p dir="ltr" style="word-break: break-all">
          {link}
        </p>
        <p>{words.expiry}</p>
        <p style="color: #555">{words.ignore}</p>
      </body>
    </html>,
  )}`;
  return { subject: words.subject, text, html };
}
