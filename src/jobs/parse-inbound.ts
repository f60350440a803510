import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type AddressObject, type HeaderValue, simpleParser } from 'mailparser';
import { type InboundEmail, isAutomatic } from '../domain/inbound-mail.js';

/** Attachments that make up a delivery report, not documents the customer sent. */
const REPORT_PARTS: ReadonlySet<string> = new Set([
  'message/delivery-status',
  'message/rfc822',
  'text/rfc822-headers',
]);
const MAX_ADDRESSES = 200;

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects.flatMap((o) => o.value.flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])));
}

function headerText(value: HeaderValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
  if (typeof value === 'object' && 'value' in value) return String(value.value);
  return String(value);
}

/** A name safe to show and store: no folders, no control characters, something left. */
export function safeFileName(name: string | undefined): string {
  const cleaned = basename((name ?? '').replace(/\\/g, '/'))
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'attachment';
}

/**
 * The bytes of a received email read as an `InboundEmail` (mailparser). Never throws on what a
 * sender can put in a message: broken MIME gives what could be read, and the bytes stay as they came.
 */
export async function parseInbound(raw: Buffer, envelopeTo: readonly string[] = []): Promise<InboundEmail> {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const header = (name: string) => headerText(parsed.headers.get(name));
  const contentType = parsed.headers.get('content-type');
  const reportType =
    contentType && typeof contentType === 'object' && 'params' in contentType
      ? (contentType.params as Record<string, string>)['report-type']
      : undefined;
  const isBounce =
    headerText(contentType)?.toLowerCase() === 'multipart/report' && reportType === 'delivery-status';
  const reportParts = parsed.attachments.filter((a) => REPORT_PARTS.has(a.contentType.toLowerCase()));
  const bounceOf = isBounce
    ? (reportParts
        .map((a) => /^(?:Original-)?Message-ID:\s*(<[^>\s]+>)/im.exec(a.content.toString('utf8'))?.[1])
        .find((id) => id !== undefined) ?? null)
    : null;
  const from = parsed.from?.value[0];
  const references = parsed.references === undefined ? [] : [parsed.references].flat();
  const to = [
    ...new Set([...addresses(parsed.to), ...addresses(parsed.cc), ...envelopeTo.map((a) => a.toLowerCase())]),
  ];
  return {
    messageId: parsed.messageId?.slice(0, 900) ?? `<${sha256}@inbound.redress.invalid>`,
    inReplyTo: parsed.inReplyTo ?? null,
    references: references.slice(0, 100),
    from: from?.address?.toLowerCase() ?? null,
    fromHeader: parsed.from?.text ?? '',
    fromName: from?.name?.trim() || null,
    to: to.slice(0, MAX_ADDRESSES),
    subject: parsed.subject ?? '',
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    automatic: isAutomatic({
      autoSubmitted: header('auto-submitted'),
      precedence: header('precedence'),
      xAutoreply: header('x-autoreply'),
      xAutorespond: header('x-autorespond'),
    }),
    isBounce,
    bounceOf,
    attachments: parsed.attachments
      .filter((a) => !REPORT_PARTS.has(a.contentType.toLowerCase()))
      .map((a) => ({ fileName: safeFileName(a.filename), contentType: a.contentType, content: a.content })),
    raw,
    sha256,
  };
}
