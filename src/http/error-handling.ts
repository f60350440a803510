import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isStorageUnavailable } from '../app/errors.js';
import { isLanguage, type Language } from '../domain/language.js';
import { toFieldErrors } from '../edge/field-errors.js';
import { type FieldError, httpProblem, type Problem, sendProblem } from '../edge/problem.js';
import { type Translate, translator } from '../i18n/index.js';
import { negotiateLanguage } from '../i18n/negotiate-language.js';

/** How a page (not API) error is shown: the web layer renders it in the visitor's language. */
export type ErrorPageRenderer = (
  request: FastifyRequest,
  reply: FastifyReply,
  kind: 'notFound' | 'generic' | 'unavailable',
  status: number,
) => FastifyReply | Promise<FastifyReply>;

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/** Route patterns by method, to tell "no such path" (404) from "not with this method" (405). */
class RouteTable {
  private readonly routes: { pattern: RegExp; methods: Set<string> }[] = [];

  add(url: string, methods: string | string[]): void {
    const source = url
      .split('/')
      .map((part) =>
        part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    const pattern = new RegExp(`^${source}/?$`);
    let entry = this.routes.find((r) => r.pattern.source === pattern.source);
    if (!entry) {
      entry = { pattern, methods: new Set() };
      this.routes.push(entry);
    }
    for (const method of Array.isArray(methods) ? methods : [methods]) entry.methods.add(method);
  }

  allowedMethods(path: string): string[] {
    const allowed = new Set<string>();
    for (const route of this.routes)
      if (route.pattern.test(path)) for (const m of route.methods) allowed.add(m);
    return [...allowed].sort();
  }
}

function fieldErrors(error: FastifyError, t: Translate): FieldError[] {
  const context = error.validationContext ?? 'body';
  return toFieldErrors(error.validation ?? [], t, context === 'body' ? '' : context);
}

/** The language of an API request: the body's `language`, else Accept-Language, else English. */
export function apiLanguage(request: Pick<FastifyRequest, 'body' | 'headers'>): Language {
  const body = request.body;
  const stated = body && typeof body === 'object' && 'language' in body ? body.language : undefined;
  return isLanguage(stated)
    ? stated
    : negotiateLanguage({
        query: undefined,
        cookie: undefined,
        acceptLanguage: request.headers['accept-language'],
      });
}

/** How long a client is asked to wait when the database cannot be used (it restarts in seconds). */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Fastify's own error codes, mapped to ours. Anything else with a 4xx status is a malformed request. */
function problemFromFastifyError(error: FastifyError, t: Translate): Problem {
  if (error.validation) return httpProblem('VALIDATION_FAILED', { errors: fieldErrors(error, t) }, t);
  // The database is restarting, unreachable or out of disk: not this request's fault, nor a bug.
  if (isStorageUnavailable(error)) {
    return httpProblem(
      'SERVICE_UNAVAILABLE',
      {
        // Not "nothing was saved": a connection lost during a commit leaves that unknown.
        detail: t('problem.service_unavailable.detail'),
        retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
      },
      t,
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return httpProblem('PAYLOAD_TOO_LARGE', { detail: 'JSON bodies may be at most 1 MB' }, t);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return httpProblem('UNSUPPORTED_MEDIA_TYPE', { detail: 'Send application/json' }, t);
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return httpProblem('TOO_MANY_REQUESTS', {}, t);
  if (status >= 400 && status < 500) {
    return httpProblem(
      'MALFORMED_REQUEST',
      { detail: 'The request body or parameters could not be read' },
      t,
    );
  }
  return httpProblem('INTERNAL_ERROR', {}, t);
}

/**
 * The one place where errors become responses. Under /api/ every error is problem+json; pages get
 * an HTML page in the visitor's language. Internals (messages, stacks) are logged, never sent.
 */
export function installErrorHandling(app: FastifyInstance, renderErrorPage: ErrorPageRenderer): void {
  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.url, route.method));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFromFastifyError(error, translator(apiLanguage(request)));
    if (problem.status === 503) request.log.warn({ reason: error.message }, 'storage unavailable');
    else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, reason: error.message }, 'request refused');
    if (isApiPath(request.url)) return sendProblem(reply, problem);
    if (problem.status === 503) {
      reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return renderErrorPage(request, reply, 'unavailable', 503);
    }
    if (problem.status >= 500) return renderErrorPage(request, reply, 'generic', 500);
    return reply.status(problem.status).type('text/plain; charset=utf-8').send(problem.title);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = routes.allowedMethods(path);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      if (isApiPath(path))
        return sendProblem(reply, httpProblem('METHOD_NOT_ALLOWED', {}, translator(apiLanguage(request))));
      return reply.status(405).type('text/plain; charset=utf-8').send('Method not allowed');
    }
    if (isApiPath(path))
      return sendProblem(reply, httpProblem('NOT_FOUND', {}, translator(apiLanguage(request))));
    return renderErrorPage(request, reply, 'notFound', 404);
  });
}
