import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import type { StoredFile } from '../domain/attachment.js';
import { httpProblem, problemFromAppError, sendProblem } from '../edge/problem.js';
import { readMultipart } from '../edge/read-multipart.js';
import { translator } from '../i18n/index.js';
import { apiLanguage } from './error-handling.js';

/**
 * Lets a JSON route also take multipart/form-data: the JSON goes in a part named `data`, files in
 * parts named `attachments`. Runs before validation, so the JSON is checked by the route's own
 * schema; files not handed to a use case by the end of the request are removed.
 */
export function multipartBody(ctx: AppContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.isMultipart()) return;
    const content = await readMultipart(request, ctx);
    if (!content.ok)
      return sendProblem(reply, problemFromAppError(content.error, translator(apiLanguage(request))));
    request.uploads = { files: content.value.files, claimed: false };
    try {
      request.body = JSON.parse(content.value.fields.get('data') ?? '{}');
    } catch {
      return sendProblem(reply, httpProblem('MALFORMED_REQUEST', { detail: 'The `data` part must be JSON' }));
    }
  };
}

/** The files uploaded with this request, now the handler's (and its use case's) responsibility. */
export function claimUploads(request: FastifyRequest): StoredFile[] {
  const entry = request.uploads;
  if (!entry) return [];
  entry.claimed = true;
  return entry.files;
}

/** After the response: files of a request refused before its handler ran are removed. */
export function removeUnclaimedUploads(ctx: AppContext) {
  return async (request: FastifyRequest) => {
    const entry = request.uploads;
    if (entry && !entry.claimed) for (const file of entry.files) ctx.files.remove(file.storageKey);
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Files read from this request's multipart body (`multipartBody`), until a handler claims them. */
    uploads: { files: StoredFile[]; claimed: boolean } | null;
  }
}
