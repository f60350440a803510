import type { LifecycleError } from '../domain/case-lifecycle.js';
import { storageFailureOf } from '../store/storage-failure.js';

/**
 * Every way a use case can refuse, as a value. The HTTP layer maps these codes to statuses in one
 * place (`src/edge/problem.ts`); pages translate them. Nothing else is thrown on purpose.
 */
export type AppError =
  | {
      code: 'NOT_FOUND';
      entity: 'case' | 'staff_user' | 'team' | 'message' | 'ombudsman_case' | 'policy' | 'document';
    }
  | { code: 'UNAUTHENTICATED' }
  | { code: 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number }
  | { code: 'IDENTITY_CHECK_REQUIRED' }
  | { code: 'ALREADY_EXISTS'; entity: 'staff_user' | 'team' | 'ombudsman_case' }
  | { code: 'RESET_LINK_INVALID' }
  | { code: 'CASE_CLOSED' }
  /** A held email someone else has already placed on a case. */
  | { code: 'ALREADY_SORTED' }
  /** A retry of a message that has not failed (it is queued, sent or a letter). */
  | { code: 'NOTHING_TO_RETRY' }
  /** A letter marked printed or posted again. */
  | { code: 'LETTER_NOT_WAITING' }
  /** A delay notice on a case that owes no answer (an outcome was given, or it is closed). */
  | { code: 'NO_ANSWER_OWED' }
  | { code: 'CSRF_TOKEN_INVALID' }
  | { code: 'FORBIDDEN' }
  | { code: 'VERSION_CONFLICT'; currentVersion: number; eventsSince: CaseEventView[] }
  | { code: 'LIFECYCLE'; error: LifecycleError }
  | { code: 'INVALID_INPUT'; fields: InvalidField[] }
  | { code: 'IDEMPOTENCY_KEY_REUSED' }
  | { code: 'ATTACHMENT_REFUSED'; reason: 'type' | 'too_large' | 'too_many' | 'empty'; fileName?: string };

/** A field a use case refused after the schema accepted it (e.g. a date in the future). */
export interface InvalidField {
  /** JSON pointer into the request body, e.g. `/receivedAt`. */
  field: string;
  rule:
    | 'dateInFuture'
    | 'dateInPast'
    | 'dateNotLater'
    | 'required'
    | 'invalid'
    | 'codeIncorrect'
    | 'passwordTooShort';
}

export type AppErrorCode = AppError['code'];

/** A use case's answer: the value, or the reason it was refused. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(error: AppError): Outcome<T> => ({ ok: false, error });

/** An event as the outside world sees it. */
export interface CaseEventView {
  id: number;
  caseVersion: number;
  type: string;
  actor: { type: 'customer' | 'staff' | 'system'; id: string | null };
  channel: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/**
 * An unexpected error that means the storage cannot be used now (the database restarts, is out
 * of reach, or the disk is full): answered 503, not 500, since nothing is wrong with the request.
 */
export function isStorageUnavailable(error: unknown): boolean {
  return storageFailureOf(error) !== undefined;
}
