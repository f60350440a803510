import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { makeDirs } from '../store/make-dirs.js';

export interface OutgoingMail {
  /** Stable per outbox row, so a message delivered twice is recognisably the same message. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

export interface Mailer {
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

function toNodemailer(mail: OutgoingMail) {
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Content-Language': mail.language },
  };
}

/** Real delivery over SMTP (`SMTP_URL`, e.g. smtp://127.0.0.1:2525 or smtps://user:pass@host). */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    description: `SMTP ${new URL(url).host}`,
    async send(mail) {
      await transport.sendMail(toNodemailer(mail));
    },
    close: () => transport.close(),
  };
}

/** Without SMTP: each message becomes an .eml file, so a default start works without a mail server. */
export function fileMailer(dir: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `.eml files in ${dir}`,
    async send(mail) {
      const info = await transport.sendMail(toNodemailer(mail));
      makeDirs(dir);
      const name = mail.messageId.replace(/[^\w.@-]/g, '');
      writeFileSync(join(dir, `${name}.eml`), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
