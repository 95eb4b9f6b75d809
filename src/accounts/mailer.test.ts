import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`), as in a Subject header. */
function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/gi, '%25');
  return decodeURIComponent(bytes);
}

/** The headers and decoded parts of a MIME message, enough to read what a person would. */
function readMail(raw: string): { headers: Map<string, string>; parts: Map<string, string> } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const parts = new Map<string, string>();
  const body = rest.join('\n\n');
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  for (const part of boundary ? body.split(`--${boundary}`) : []) {
    const [partHead = '', ...partBody] = part.trim().split(/\r?\n\r?\n/);
    const type = /content-type:\s*([^;\s]+)/i.exec(partHead)?.[1]?.toLowerCase();
    if (!type) continue;
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(partHead)?.[1]?.toLowerCase();
    const content = partBody.join('\n\n');
    parts.set(
      type,
      encoding === 'base64'
        ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(content)
          : content,
    );
  }
  return { headers, parts };
}

describe('the invitation mail', () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const { mailFrom, rcptTo } = session.envelope;
          received.push({
            from: mailFrom ? mailFrom.address : '',
            to: rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const link = 'https://news.example/admin/invitations/mdi_abc-DEF_123';

  it('reaches the invitee in Arabic, right to left, with the link', async () => {
    const mailer = createMailer({
      url: `smtp://127.0.0.1:${port}`,
      from: 'مداد <no-reply@news.example>',
    });
    try {
      await mailer?.sendInvitation({
        to: 'nour@news.example',
        link,
        language: 'ar',
        siteName: 'مداد',
        inviterName: 'ليلى <حداد> & شركاه',
        role: 'editor',
        validForDays: 7,
      });
    } finally {
      mailer?.close();
    }
    const mail = received.at(-1);
    expect(mail?.to).toEqual(['nour@news.example']);
    expect(mail?.from).toBe('no-reply@news.example');
    const { headers, parts } = readMail(mail?.raw ?? '');
    expect(decodeWords(headers.get('subject') ?? '')).toBe('دعوة للانضمام إلى مداد');
    const text = parts.get('text/plain') ?? '';
    expect(text).toContain(link);
    expect(text).toContain('بدور «محرر»');
    expect(text).toContain('صالح لمدة ٧ أيام');
    const html = parts.get('text/html') ?? '';
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`href="${link}"`);
    // The inviter's name is text, not markup.
    expect(html).toContain('ليلى &lt;حداد> &amp; شركاه');
    expect(html).not.toContain('<حداد>');
  });

  it('speaks English when the inviter does', async () => {
    const mailer = createMailer({ url: `smtp://127.0.0.1:${port}`, from: 'no-reply@news.example' });
    try {
      await mailer?.sendInvitation({
        to: 'sam@news.example',
        link,
        language: 'en',
        siteName: 'Midad',
        inviterName: 'Layla Haddad',
        role: 'contributor',
        validForDays: 7,
      });
    } finally {
      mailer?.close();
    }
    const { headers, parts } = readMail(received.at(-1)?.raw ?? '');
    expect(decodeWords(headers.get('subject') ?? '')).toBe('Invitation to join Midad');
    expect(parts.get('text/plain')).toContain(
      'Layla Haddad has invited you to join the Midad newsroom with the role “Contributor”.',
    );
    expect(parts.get('text/html')).toContain('<html lang="en" dir="ltr">');
  });

  it('is not sent at all without a mail server', () => {
    expect(createMailer(null)).toBeNull();
  });
});
