import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { makeDirs } from '../store/make-dirs.js';

/** A message as stored: the exact bytes to hand over, and who it goes to. */
export interface RawMail {
  /** Stable per message, so a message delivered twice is recognisably the same message. */
  messageId: string;
  /** The From header as written (a bare address or `Name <address>`). */
  from: string;
  to: string;
  raw: Buffer;
}

export interface Mailer {
  readonly description: string;
  /** Messages it can carry at once. */
  readonly connections: number;
  send(mail: RawMail): Promise<void>;
  close(): void;
}

/** The bare address of a From header, for the SMTP envelope. */
export function envelopeAddress(from: string): string {
  return /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

/**
 * Real delivery over SMTP (`SMTP_URL`, e.g. smtp://127.0.0.1:2525 or smtps://user:pass@host).
 * The stored bytes are handed to SMTP as they are (`raw`): what is kept is what was sent.
 * Connections are pooled: a batch of acknowledgements goes over one connection rather than a TCP
 * and SMTP handshake each (a connection is renewed after 100 messages; one the server has closed
 * is replaced by nodemailer at the next message).
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
      await transport.sendMail({
        envelope: { from: envelopeAddress(mail.from), to: [mail.to] },
        raw: mail.raw,
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Without SMTP: each message becomes an .eml file, so a default start works without a mail server.
 * Written under a temporary name and renamed, so a crash never leaves a half or empty file.
 */
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
      const partial = join(dir, `.${name}.eml.partial`);
      await writeFile(partial, mail.raw, { flush: true });
      await rename(partial, join(dir, `${name}.eml`));
    },
    close: () => {},
  };
}
