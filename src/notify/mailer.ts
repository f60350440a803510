import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { makeDirs } from '../store/make-dirs.js';
import { composeMail, type MailContent } from './mime-message.js';

export interface OutgoingMail extends MailContent {
  /** The Date header (the worker's clock); now if not given. */
  date?: Date;
}

export interface Mailer {
  readonly description: string;
  /** Messages it can carry at once. */
  readonly connections: number;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Real delivery over SMTP (`SMTP_URL`, e.g. smtp://127.0.0.1:2525 or smtps://user:pass@host).
 * The message is composed once and its bytes handed to SMTP as they are. Connections are pooled:
 * a batch of acknowledgements goes over one connection rather than a TCP and SMTP handshake each
 * (a connection is renewed after 100 messages; one the server has closed is replaced by nodemailer
 * at the next message).
 */
export function smtpMailer(url: string): Mailer {
  const connections = 4;
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: connections,
    maxMessages: 100,
  });
  return {
    description: `SMTP ${new URL(url).host}`,
    connections,
    async send(mail) {
      const { raw, envelope } = await composeMail(mail, mail.date ?? new Date());
      await transport.sendMail({ envelope, raw });
    },
    close: () => transport.close(),
  };
}

/** Without SMTP: each message becomes an .eml file, so a default start works without a mail server. */
export function fileMailer(dir: string): Mailer {
  let made = false;
  return {
    description: `.eml files in ${dir}`,
    connections: 4,
    async send(mail) {
      if (!made) {
        makeDirs(dir);
        made = true;
      }
      const name = mail.messageId.replace(/[^\w.@-]/g, '');
      const { raw } = await composeMail(mail, mail.date ?? new Date());
      await writeFile(join(dir, `${name}.eml`), raw);
    },
    close: () => {},
  };
}
