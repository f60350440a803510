import { parseTrackingNumber, type TrackingNumber } from './tracking-number.js';

/**
 * Mail that comes in (issue 16): what a received email is, as the rules see it, and the rules
 * that tell which case it belongs to. Parsing MIME is done before this (src/jobs); this decides.
 */
export interface InboundEmail {
  /** The Message-ID header, or one made from the SHA-256 of the bytes when it has none. */
  messageId: string;
  inReplyTo: string | null;
  references: readonly string[];
  /** The bare address of From, lower-cased; null when there is none to read. */
  from: string | null;
  fromHeader: string;
  /** The display name of From, if it has one. */
  fromName: string | null;
  /** Every address it was sent to (To and Cc, and the SMTP envelope's recipients), lower-cased. */
  to: readonly string[];
  subject: string;
  text: string | null;
  html: string | null;
  /** An auto-reply or bulk mail: never opens a case nor gets an acknowledgement. */
  automatic: boolean;
  /** A delivery-status notification: the Message-ID of the message it reports on, if it names one. */
  bounceOf: string | null;
  isBounce: boolean;
  attachments: readonly InboundAttachment[];
  raw: Buffer;
  sha256: string;
}

export interface InboundAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** The headers that mark mail a machine sent (RFC 3834, and what common auto-responders write). */
export function isAutomatic(headers: {
  autoSubmitted?: string | undefined;
  precedence?: string | undefined;
  xAutoreply?: string | undefined;
  xAutorespond?: string | undefined;
}): boolean {
  const auto = headers.autoSubmitted?.trim().toLowerCase();
  if (auto && auto !== 'no') return true;
  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'junk' || precedence === 'auto_reply') return true;
  return headers.xAutoreply !== undefined || headers.xAutorespond !== undefined;
}

/** Tracking numbers with a right check character written anywhere in a text (a subject, say). */
export function trackingNumbersIn(text: string): TrackingNumber[] {
  const found: TrackingNumber[] = [];
  for (const match of text.matchAll(/\b([A-Za-z]{2,6})[-\s]?([2-9A-Za-z]{4})[-\s]?([2-9A-Za-z]{4})\b/g)) {
    const parsed = parseTrackingNumber(match[0]);
    if (parsed.ok && !found.includes(parsed.value)) found.push(parsed.value);
  }
  return found;
}

/** The tracking number of a plus-address (`complaints+RDX-ABCD-EFGH@provider.example`). */
export function trackingNumberOfAddress(address: string, inbound: string): TrackingNumber | null {
  const [local, domain] = inbound.toLowerCase().split('@');
  const match = /^([^+@]+)\+([^@]+)@(.+)$/.exec(address.toLowerCase());
  if (!match || match[1] !== local || match[3] !== domain) return null;
  const parsed = parseTrackingNumber(match[2] ?? '');
  return parsed.ok ? parsed.value : null;
}

/** Where a customer's reply about a case should go: plus-addressed with its tracking number, or not. */
export function replyAddress(
  inbound: string,
  trackingNumber: string | null,
  plusAddressing: boolean,
): string {
  if (!plusAddressing || !trackingNumber) return inbound;
  const at = inbound.lastIndexOf('@');
  return `${inbound.slice(0, at)}+${trackingNumber}${inbound.slice(at)}`;
}

/** How an email found its case, in the order the rules try. */
export type ThreadedBy = 'in_reply_to' | 'plus_address' | 'subject';
