import nodemailer from 'nodemailer';

/** What an email says and to whom (the mailer adds nothing to it). */
export interface MailContent {
  /** Stable per outbox row, so a message delivered twice is recognisably the same message. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  /** Where the customer's answer should go (the inbound address, plus-addressed with the case). */
  replyTo?: string;
  /** The message this one follows in its thread (the case's first email to this person). */
  inReplyTo?: string;
}

/** An email as the bytes that go over SMTP, and the bare addresses of its envelope. */
export interface ComposedMail {
  raw: Buffer;
  envelope: { from: string; to: string[] };
}

// nodemailer's stream transport composes a message without sending it: its public way to get the
// exact bytes (RFC 5322 headers, MIME parts, encoded words, folded lines) that SMTP will carry.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/**
 * An email as MIME text: the text and HTML versions of the same message as multipart/alternative,
 * with the language and the given Message-ID and date. The same bytes are sent over SMTP, or
 * written as an .eml file.
 */
export async function composeMail(mail: MailContent, date: Date): Promise<ComposedMail> {
  const info = await composer.sendMail({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] } : {}),
    date,
    headers: { 'Content-Language': mail.language },
    // Nothing in a message may make nodemailer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const raw = info.message;
  if (!Buffer.isBuffer(raw)) throw new Error('nodemailer did not compose the message as bytes');
  const envelope = info.envelope as { from: string | false; to: string[] };
  return { raw, envelope: { from: envelope.from || mail.from, to: envelope.to } };
}
