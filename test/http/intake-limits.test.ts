import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { aComplaint, postJson } from '../support/api-client.js';
import { startTestServer } from '../support/test-server.js';

let server: RunningService;
let limited: RunningService;

beforeAll(async () => {
  [server, limited] = await Promise.all([startTestServer(), startTestServer({ FILING_RATE_LIMIT: '3' })]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), limited?.stop()]);
});

const countCases = async (service: RunningService) =>
  Number(
    (
      await service.storage.database.db
        .selectFrom('complaint_case')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );

describe('Idempotency-Key on public filing', () => {
  it('the same key with the same body returns the same answer and creates nothing new', async () => {
    const before = await countCases(server);
    const headers = { 'idempotency-key': 'retry-3f1c' };
    const first = await postJson(server, '/api/v1/complaints', aComplaint(), headers);
    const again = await postJson(server, '/api/v1/complaints', aComplaint(), headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    expect(await countCases(server)).toBe(before + 1);
    const outbox = await server.storage.database.db.selectFrom('message').selectAll().execute();
    expect(new Set(outbox.map((m) => m.case_id)).size).toBe(outbox.length); // one acknowledgement per case
  });

  it('concurrent retries with one key still make one case', async () => {
    const before = await countCases(server);
    const headers = { 'idempotency-key': 'burst-91' };
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => postJson(server, '/api/v1/complaints', aComplaint({ language: 'fr' }), headers)),
    );
    const bodies = await Promise.all(answers.map((a) => a.json() as Promise<{ trackingNumber: string }>));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(bodies.map((b) => b.trackingNumber)).size).toBe(1);
    expect(await countCases(server)).toBe(before + 1);
  });

  it('the same key with a different body → 409', async () => {
    const headers = { 'idempotency-key': 'reused-key' };
    expect((await postJson(server, '/api/v1/complaints', aComplaint(), headers)).status).toBe(201);
    const other = await postJson(
      server,
      '/api/v1/complaints',
      aComplaint({ description: 'Something else' }),
      headers,
    );
    expect(other.status).toBe(409);
    expect(((await other.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('FILING_RATE_LIMIT', () => {
  it('answers 429 with Retry-After past the limit per client address, counted in the database', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await postJson(limited, '/api/v1/complaints', aComplaint());
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    const counters = await limited.storage.database.db.selectFrom('rate_limit_counter').selectAll().execute();
    expect(counters.some((c) => c.bucket.startsWith('filing:') && c.hits === 5)).toBe(true);
  });
});
