import type { MessageMedium } from './customer-message.js';

/**
 * The record of correspondence (issue 16): every message that left or arrived, as it was. What a
 * message says is fixed when it is queued (or received); afterwards only its status moves.
 */
export const MESSAGE_STATUSES = [
  /** An email waiting for the outbox worker. */
  'queued',
  'sent',
  /** Given up after its attempts: shown on the case, never silently. */
  'failed',
  /** A delivery-status notification came back for it. */
  'bounced',
  /** A letter waiting to be printed, printed, and posted. */
  'to_print',
  'printed',
  'posted',
  /** An email that came in and found its case. */
  'received',
  /** An email that came in and waits for staff to sort it. */
  'held',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export type MessageDirection = 'out' | 'in';

/** A message as stored: the same fields for the API, the console and the case file. */
export interface StoredMessage {
  id: string;
  caseId: string | null;
  /** The case event the message belongs to (its sending or its arrival), once written. */
  eventId: number | null;
  direction: MessageDirection;
  medium: MessageMedium;
  /** What made an outgoing message (its template); null for one that came in. */
  template: string | null;
  from: string | null;
  to: string;
  subject: string | null;
  text: string | null;
  html: string | null;
  messageId: string;
  status: MessageStatus;
  /** One-time codes: their words are not kept once sent (the hash and the log are). */
  contentWithheld: boolean;
  createdAt: Date;
  sentAt: Date | null;
  receivedAt: Date | null;
  failedAt: Date | null;
  printedAt: Date | null;
  postedOn: string | null;
  /** SHA-256 (hex) of the bytes as stored: the MIME handed to SMTP, the letter's PDF, the bytes received. */
  sha256: string | null;
  lastError: string | null;
  /** Why a message that came in waits for staff (a stranger named a case, a machine sent it, …). */
  heldBecause: string | null;
}
