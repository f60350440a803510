import type { FastifyReply } from 'fastify';
import type { AppError } from '../app/errors.js';
import { assertUnreachable } from '../domain/assert-unreachable.js';
import type { LifecycleError } from '../domain/case-lifecycle.js';
import type { TrackingNumberProblem } from '../domain/tracking-number.js';
import { type Translate, translator } from '../i18n/index.js';

/**
 * RFC 9457 problem details: the one error shape of the API. `code` is stable and meant for
 * programs; `title` and `detail` are for people; `errors` lists problems per field.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface FieldError {
  /** Where in the request, as a JSON pointer into the body (`/customer/email`) or a parameter name. */
  field: string;
  code: string;
  message: string;
}

/** The HTTP-level codes, besides those of use cases and the lifecycle. */
export type HttpErrorCode =
  | 'MALFORMED_REQUEST'
  | 'VALIDATION_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_ERROR';

const TITLES: Record<HttpErrorCode, string> = {
  MALFORMED_REQUEST: 'The request could not be read',
  VALIDATION_FAILED: 'Some fields are missing or invalid',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  UNSUPPORTED_MEDIA_TYPE: 'This content type is not accepted',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'This method is not allowed here',
  TOO_MANY_REQUESTS: 'Too many requests',
  SERVICE_UNAVAILABLE: 'The service cannot take this request just now',
  INTERNAL_ERROR: 'Something went wrong on our side',
};

const STATUS: Record<HttpErrorCode, number> = {
  MALFORMED_REQUEST: 400,
  VALIDATION_FAILED: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

export function httpProblem(code: HttpErrorCode, extra: Partial<Problem> = {}): Problem {
  return {
    type: `/api/problems/${code.toLowerCase()}`,
    title: TITLES[code],
    status: STATUS[code],
    code,
    ...extra,
  };
}

function lifecycleProblem(error: LifecycleError): Problem {
  const { code, ...details } = error;
  return {
    type: `/api/problems/${code.toLowerCase()}`,
    title: 'This step is not possible for the case as it stands',
    status: 409,
    code,
    ...details,
  };
}

/** The one map from use-case refusals to HTTP; field messages in the request's language. */
export function problemFromAppError(error: AppError, t: Translate = translator('en')): Problem {
  switch (error.code) {
    case 'ATTACHMENT_REFUSED': {
      const file = error.fileName ?? '';
      const [status, message] =
        error.reason === 'type'
          ? [415, t('validation.attachmentType', { file })]
          : error.reason === 'too_large'
            ? [413, t('validation.attachmentTooLarge', { file })]
            : error.reason === 'too_many'
              ? [413, t('validation.attachmentTooMany')]
              : [422, t('validation.attachmentEmpty', { file })];
      return {
        type: `/api/problems/attachment_refused`,
        title: 'An attachment was refused',
        status,
        code: `ATTACHMENT_${error.reason.toUpperCase()}`,
        errors: [{ field: '/attachments', code: error.reason, message }],
      };
    }
    case 'IDEMPOTENCY_KEY_REUSED':
      return {
        type: '/api/problems/idempotency_key_reused',
        title: 'This Idempotency-Key was already used for a different request',
        status: 409,
        code: error.code,
      };
    case 'INVALID_INPUT':
      return httpProblem('VALIDATION_FAILED', {
        errors: error.fields.map(({ field, rule }) => ({
          field,
          code: rule,
          message: t(`validation.${rule}`),
        })),
      });
    case 'NOT_FOUND':
      return httpProblem('NOT_FOUND', { detail: `No such ${error.entity.replace('_', ' ')}` });
    case 'UNAUTHENTICATED':
      return { type: '/api/problems/unauthenticated', title: 'Sign in first', status: 401, code: error.code };
    case 'CSRF_TOKEN_INVALID':
      return {
        type: '/api/problems/csrf_token_invalid',
        title: 'Send the X-CSRF-Token you received at sign-in',
        status: 403,
        code: error.code,
      };
    case 'TOO_MANY_ATTEMPTS':
      return {
        type: '/api/problems/too_many_attempts',
        title: 'Too many failed attempts; try again later',
        status: 429,
        code: error.code,
        retryAfterSeconds: error.retryAfterSeconds,
      };
    case 'IDENTITY_CHECK_REQUIRED':
      return {
        type: '/api/problems/identity_check_required',
        title: 'Check the customer’s identity first (C4)',
        status: 403,
        code: error.code,
      };
    case 'ALREADY_EXISTS':
      return {
        type: '/api/problems/already_exists',
        title: `This ${error.entity.replace('_', ' ')} already exists`,
        status: 409,
        code: error.code,
      };
    case 'RESET_LINK_INVALID':
      return {
        type: '/api/problems/reset_link_invalid',
        title: 'This password reset link is not valid any more; ask for a new one',
        status: 400,
        code: error.code,
      };
    case 'NO_ANSWER_OWED':
      return {
        type: '/api/problems/no_answer_owed',
        title: 'This case owes the customer no answer now: its outcome was given, or it is closed',
        status: 409,
        code: error.code,
      };
    case 'CASE_CLOSED':
      return {
        type: '/api/problems/case_closed',
        title: 'This case is closed',
        status: 409,
        code: error.code,
      };
    case 'FORBIDDEN':
      return { type: '/api/problems/forbidden', title: 'You may not do this', status: 403, code: error.code };
    case 'VERSION_CONFLICT':
      return {
        type: '/api/problems/version_conflict',
        title: 'The case was changed by someone else in the meantime',
        status: 409,
        code: error.code,
        currentVersion: error.currentVersion,
        eventsSince: error.eventsSince,
      };
    case 'LIFECYCLE':
      return lifecycleProblem(error.error);
    default:
      return assertUnreachable(error);
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (typeof problem.retryAfterSeconds === 'number')
    reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** A tracking number refused before any lookup (a typo, caught by its check character). */
export function trackingNumberProblem(problem: TrackingNumberProblem): Problem {
  return {
    type: `/api/problems/${problem.toLowerCase()}`,
    title:
      problem === 'TRACKING_NUMBER_CHECK_FAILED'
        ? 'This tracking number contains a typing error'
        : 'This is not a tracking number',
    status: 400,
    code: problem,
  };
}
