import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { type CaseFileExport, exportCaseFile } from '../app/casework/export-case-file.js';
import type { AppContext } from '../app/context.js';
import { getOrganisation } from '../app/settings/get-organisation.js';
import { caseFileDocument } from '../notify/case-file-document.js';
import { StoredMessageSchema } from './case-message-routes.js';
import { sendRefusal, staffOf, TrackingNumberParams, trackingNumberOf } from './case-route-kit.js';
import { problemResponses } from './problem-schema.js';
import { requireStaffSession } from './staff-auth.js';

const open = (description: string) => Type.Object({}, { additionalProperties: true, description });

const CaseFileBundleSchema = Type.Object({
  exportedAt: Type.String({ format: 'date-time' }),
  exportedBy: Type.String(),
  case: open('Every field of the case, personal data unmasked'),
  timeline: Type.Array(open('One event: when, who, from which channel, what')),
  messages: Type.Array(StoredMessageSchema, { description: 'Every message out and in, exactly as stored' }),
  documents: Type.Array(open('A document with its SHA-256 and its bytes (base64)')),
});

/** The JSON bundle: the case in the API's words, messages as stored, documents inline. */
function bundleOf(file: CaseFileExport) {
  const c = file.case;
  return {
    exportedAt: file.exportedAt,
    exportedBy: file.exportedBy,
    case: {
      trackingNumber: c.trackingNumber,
      kind: c.kind,
      status: c.status,
      escalationLevel: c.escalationLevel,
      channel: c.channel,
      language: c.language,
      receivedAt: c.receivedAt.toISOString(),
      recordedAt: c.recordedAt.toISOString(),
      acknowledgedAt: c.acknowledgedAt?.toISOString() ?? null,
      expectedResponseBy: c.expectedResponseBy,
      nextUpdateBy: c.nextUpdateBy,
      ombudsmanNoticeSentAt: c.ombudsmanNoticeSentAt?.toISOString() ?? null,
      customer: {
        name: c.customerName,
        email: c.customerEmail,
        phone: c.customerPhone,
        postalAddress: c.customerPostalAddress,
        accountNumber: c.customerAccountNumber,
        type: c.customerType,
        region: c.customerRegion,
        preferredContact: c.preferredContact,
      },
      service: c.service,
      category: c.category,
      description: c.description,
      history: c.history,
      desiredOutcome: c.desiredOutcome,
      references: file.references,
    },
    timeline: file.timeline,
    messages: file.messages,
    documents: file.documents.map(({ content, ...d }) => ({
      ...d,
      contentBase64: content.toString('base64'),
    })),
  };
}

/** C10: the case file the ombudsman asks for, as a PDF or a JSON bundle (by the Accept header). */
export const caseFileExportRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext; publicUrl: string }> = async (
  app,
  { ctx, publicUrl },
) => {
  app.get(
    '/api/v1/cases/:trackingNumber/case-file',
    {
      onRequest: requireStaffSession(ctx),
      schema: {
        tags: ['ombudsman (C10)'],
        summary: 'The whole case for the ombudsman: timeline, messages, documents (PDF or JSON bundle)',
        description:
          'Accept: application/pdf for a printable file; otherwise a JSON bundle with the documents inline. Senior managers, the head of support and admins; every export is recorded on the case.',
        security: [{ staffSession: [] }],
        params: TrackingNumberParams,
        querystring: Type.Object({
          format: Type.Optional(
            Type.Union([Type.Literal('pdf'), Type.Literal('json')], {
              description: 'Instead of the Accept header (a link in the console cannot set one)',
            }),
          ),
        }),
        produces: ['application/json', 'application/pdf'],
        response: {
          200: Type.Union([
            CaseFileBundleSchema,
            Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The PDF' }),
          ]),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const staff = await staffOf(ctx, request, reply);
      if (!staff) return reply;
      const trackingNumber = trackingNumberOf(request, reply);
      if (!trackingNumber) return reply;
      const result = await exportCaseFile(ctx, staff, trackingNumber, 'api');
      if (!result.ok) return sendRefusal(request, reply, result);
      const organisation = await getOrganisation(ctx);
      const followUrl = `${publicUrl}/follow`;
      reply.header('cache-control', 'no-store');
      const wantsPdf =
        request.query.format === 'pdf' ||
        (request.query.format !== 'json' && (request.headers.accept ?? '').includes('application/pdf'));
      if (wantsPdf) {
        const pdf = await caseFileDocument(result.value, {
          language: staff.language,
          organisation,
          followUrl,
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${trackingNumber}-case-file.pdf"`)
          .send(pdf);
      }
      return reply
        .header('content-disposition', `attachment; filename="${trackingNumber}-case-file.json"`)
        .send(bundleOf(result.value));
    },
  );
};
