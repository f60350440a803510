import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdempotencyKey } from '../app/cases/take-in-case.js';
import type { AppContext } from '../app/context.js';
import { checkRateLimit } from '../app/limits/rate-limit.js';
import type { StoredFile } from '../domain/attachment.js';
import { httpProblem } from './problem.js';

const MINUTE_MS = 60_000;

/**
 * Abuse protection for public filing: at most `perMinute` filings per client address per minute,
 * counted in the database so all instances share the count. Returns false (after answering 429
 * with Retry-After) when the limit is reached.
 */
export async function withinFilingLimit(
  ctx: AppContext,
  perMinute: number,
  request: FastifyRequest,
  reply: FastifyReply,
  answer: (status: number, problem: ReturnType<typeof httpProblem>) => unknown,
): Promise<boolean> {
  const decision = await checkRateLimit(ctx, `filing:${request.ip}`, perMinute, MINUTE_MS);
  if (decision.allowed) return true;
  reply.header('retry-after', String(decision.retryAfterSeconds));
  await answer(
    429,
    httpProblem('TOO_MANY_REQUESTS', { detail: `Try again in ${decision.retryAfterSeconds} s` }),
  );
  return false;
}

/** The `Idempotency-Key` header with a hash of what was sent, or undefined without the header. */
export function idempotencyKeyOf(
  request: FastifyRequest,
  attachments: readonly StoredFile[],
): IdempotencyKey | 'invalid' | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(header)) return 'invalid';
  const hash = createHash('sha256').update(JSON.stringify(request.body ?? null));
  for (const file of attachments) hash.update(file.sha256);
  return { key: header, requestHash: hash.digest('hex') };
}
