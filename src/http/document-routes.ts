import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../app/context.js';
import { attachStaffDocuments } from '../app/documents/attach-documents.js';
import { downloadDocument } from '../app/documents/download-document.js';
import { httpProblem, sendProblem } from '../edge/problem.js';
import { readMultipart } from '../edge/read-multipart.js';
import { sendRefusal, staffOf, TrackingNumberParams, trackingNumberOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

/** Shown in the browser; anything else is saved, never rendered from our origin. */
const INLINE_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);

/** `Content-Disposition` with a name no browser can turn into a path or a header break. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\/;]/g, '_').slice(0, 150) || 'document';
  const encoded = encodeURIComponent(fileName.slice(0, 150)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16)}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Staff open the documents of a case (issue 16): streamed, typed as stored, sandboxed. */
export const documentRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', requireStaffSession(ctx));

  app.get(
    '/api/v1/cases/:trackingNumber/documents/:id',
    {
      schema: {
        tags: ['case work'],
        summary: 'One document of the case, as stored (PDF and images inline, anything else as a download)',
        description: 'Every download is recorded on the case (`document_downloaded`).',
        security: [{ staffSession: [] }],
        params: Type.Object({ ...TrackingNumberParams.properties, id: Type.String({ format: 'uuid' }) }),
        produces: ['application/octet-stream'],
        response: {
          200: Type.Unsafe<Readable>({ type: 'string', format: 'binary' }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await downloadDocument(ctx, staff, trackingNumber, request.params.id, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      const document = result.value;
      return reply
        .type(document.mediaType)
        .header('content-length', String(document.sizeBytes))
        .header(
          'content-disposition',
          contentDisposition(document.fileName, INLINE_TYPES.has(document.mediaType)),
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'no-store')
        .header('digest', `sha-256=${Buffer.from(document.sha256, 'hex').toString('base64')}`)
        .send(document.content);
    },
  );

  app.post(
    '/api/v1/cases/:trackingNumber/documents',
    {
      config: { acceptsMultipart: true },
      schema: {
        tags: ['case work'],
        summary:
          'Attach documents to the case (multipart `attachments`, as in filing: PDF, PNG, JPEG; 5 × 10 MB at most)',
        consumes: ['multipart/form-data'],
        security: [{ staffSession: [], csrfToken: [] }],
        params: TrackingNumberParams,
        response: {
          201: Type.Object({
            documents: Type.Array(
              Type.Object({
                id: Type.String({ format: 'uuid' }),
                fileName: Type.String(),
                contentType: Type.String(),
                size: Type.Integer(),
              }),
            ),
          }),
          ...problemResponses(400, 401, 403, 404, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      // The session (and its CSRF token) was checked by the hook before any file was read.
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      // No body at all is "no files" (an empty form), answered like a form without attachments.
      const empty = !request.headers['content-type'];
      if (!empty && !request.isMultipart())
        return sendProblem(
          reply,
          httpProblem('UNSUPPORTED_MEDIA_TYPE', { detail: 'Send multipart/form-data' }),
        );
      const content = empty ? { ok: true as const, value: { files: [] } } : await readMultipart(request, ctx);
      if (!content.ok) return sendRefusal(request, reply, content);
      const result = await attachStaffDocuments(ctx, staff, trackingNumber, content.value.files, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      return reply.status(201).send(result.value);
    },
  );
};
