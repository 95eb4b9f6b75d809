/**
 * Newsroom mail, sent through the SMTP server the configuration names (MIDAD_SMTP_URL).
 * Without one there is no mailer, and invitation links are shown to the administrator to
 * pass on themselves.
 */
import { createTransport } from 'nodemailer';
import type { Config } from '../config/config.js';
import { composeInvitation, type InvitationMail } from './invitation-mail.js';

export type { InvitationMail } from './invitation-mail.js';

export interface Mailer {
  /** Sends an invitation; rejects when the server does not take it. */
  sendInvitation(mail: InvitationMail): Promise<void>;
  /** Closes the connection to the SMTP server. */
  close(): void;
}

export function createMailer(smtp: Config['smtp']): Mailer | null {
  if (smtp === null) return null;
  const transport = createTransport(smtp.url);
  return {
    async sendInvitation(mail) {
      const { subject, text, html } = composeInvitation(mail);
      await transport.sendMail({ from: smtp.from, to: mail.to, subject, text, html });
    },
    close: () => transport.close(),
  };
}
