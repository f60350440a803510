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

const english = translator('en');

/** A problem of HTTP itself (not of a use case), titled in the request's language. */
export function httpProblem(
  code: HttpErrorCode,
  extra: Partial<Problem> = {},
  t: Translate = english,
): Problem {
  return {
    type: `/api/problems/${code.toLowerCase()}`,
    title: t(`problem.${lower(code)}`),
    status: STATUS[code],
    code,
    ...extra,
  };
}

function lower<C extends string>(code: C): Lowercase<C> {
  return code.toLowerCase() as Lowercase<C>;
}

function lifecycleProblem(error: LifecycleError, t: Translate): Problem {
  const { code, ...details } = error;
  return {
    type: `/api/problems/${code.toLowerCase()}`,
    title: t('problem.lifecycle'),
    status: 409,
    code,
    ...details,
  };
}

/** The one map from use-case refusals to HTTP; field messages in the request's language. */
export function problemFromAppError(error: AppError, t: Translate = english): Problem {
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
        title: t('problem.attachment_refused'),
        status,
        code: `ATTACHMENT_${error.reason.toUpperCase()}`,
        errors: [{ field: '/attachments', code: error.reason, message }],
      };
    }
    case 'IDEMPOTENCY_KEY_REUSED':
      return {
        type: '/api/problems/idempotency_key_reused',
        title: t('problem.idempotency_key_reused'),
        status: 409,
        code: error.code,
      };
    case 'INVALID_INPUT':
      return httpProblem(
        'VALIDATION_FAILED',
        {
          errors: error.fields.map(({ field, rule }) => ({
            field,
            code: rule,
            message: t(`validation.${rule}`),
          })),
        },
        t,
      );
    case 'NOT_FOUND':
      return httpProblem('NOT_FOUND', { detail: t(`problem.not_found.${error.entity}`) }, t);
    case 'UNAUTHENTICATED':
      return {
        type: '/api/problems/unauthenticated',
        title: t('problem.unauthenticated'),
        status: 401,
        code: error.code,
      };
    case 'CSRF_TOKEN_INVALID':
      return {
        type: '/api/problems/csrf_token_invalid',
        title: t('problem.csrf_token_invalid'),
        status: 403,
        code: error.code,
      };
    case 'TOO_MANY_ATTEMPTS':
      return {
        type: '/api/problems/too_many_attempts',
        title: t('problem.too_many_attempts'),
        status: 429,
        code: error.code,
        retryAfterSeconds: error.retryAfterSeconds,
      };
    case 'IDENTITY_CHECK_REQUIRED':
      return {
        type: '/api/problems/identity_check_required',
        title: t('problem.identity_check_required'),
        status: 403,
        code: error.code,
      };
    case 'ALREADY_EXISTS':
      return {
        type: '/api/problems/already_exists',
        title: t(`problem.already_exists.${error.entity}`),
        status: 409,
        code: error.code,
      };
    case 'RESET_LINK_INVALID':
      return {
        type: '/api/problems/reset_link_invalid',
        title: t('problem.reset_link_invalid'),
        status: 400,
        code: error.code,
      };
    case 'NO_ANSWER_OWED':
      return {
        type: '/api/problems/no_answer_owed',
        title: t('problem.no_answer_owed'),
        status: 409,
        code: error.code,
      };
    case 'LETTER_NOT_WAITING':
      return {
        type: '/api/problems/letter_not_waiting',
        title: t('problem.letter_not_waiting'),
        status: 409,
        code: error.code,
      };
    case 'NOTHING_TO_RETRY':
      return {
        type: '/api/problems/nothing_to_retry',
        title: t('problem.nothing_to_retry'),
        status: 409,
        code: error.code,
      };
    case 'ALREADY_SORTED':
      return {
        type: '/api/problems/already_sorted',
        title: t('problem.already_sorted'),
        status: 409,
        code: error.code,
      };
    case 'CASE_CLOSED':
      return {
        type: '/api/problems/case_closed',
        title: t('problem.case_closed'),
        status: 409,
        code: error.code,
      };
    case 'FORBIDDEN':
      return {
        type: '/api/problems/forbidden',
        title: t('problem.forbidden'),
        status: 403,
        code: error.code,
      };
    case 'VERSION_CONFLICT':
      return {
        type: '/api/problems/version_conflict',
        title: t('problem.version_conflict'),
        detail: t('problem.version_conflict.detail'),
        status: 409,
        code: error.code,
        currentVersion: error.currentVersion,
        eventsSince: error.eventsSince,
      };
    case 'LIFECYCLE':
      return lifecycleProblem(error.error, t);
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
export function trackingNumberProblem(problem: TrackingNumberProblem, t: Translate = english): Problem {
  return {
    type: `/api/problems/${problem.toLowerCase()}`,
    title: t(`problem.${lower(problem)}`),
    status: 400,
    code: problem,
  };
}
