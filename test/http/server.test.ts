import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { startTestServer } from '../support/test-server.js';

let server: RunningService;
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };

beforeAll(async () => {
  server = await startTestServer({
    INITIAL_ADMIN_EMAIL: ADMIN.email,
    INITIAL_ADMIN_PASSWORD: ADMIN.password,
  });
});
afterAll(async () => {
  await server?.stop();
});

const call = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
  call(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, code });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
  return body;
}

describe('health', () => {
  it('/healthz answers while the process lives, /readyz once the database is migrated', async () => {
    expect((await call('/healthz')).status).toBe(200);
    const ready = await call('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a request id, or makes one', async () => {
    expect(
      (await call('/healthz', { headers: { 'x-request-id': 'trace-123' } })).headers.get('x-request-id'),
    ).toBe('trace-123');
    expect((await call('/healthz')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('C12 the home page', () => {
  it.each([
    ['en', 'Make a complaint'],
    ['fr', 'Déposer une plainte'],
    ['nl', 'Een klacht indienen'],
    ['it', 'Presentare un reclamo'],
  ])('C12 speaks %s when the browser asks for it', async (language, makeComplaint) => {
    const response = await call('/', { headers: { 'accept-language': `${language};q=0.9, de;q=0.5` } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`^<!doctype html><html lang="${language}">`));
    expect(html).toContain(makeComplaint);
    expect(html).toContain('866-671-0111');
  });

  it('C12 remembers a language chosen with the switch', async () => {
    const chosen = await call('/?lang=it', { headers: { 'accept-language': 'fr' } });
    expect(await chosen.text()).toContain('<html lang="it">');
    const cookie = chosen.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lang=it;/);
    const later = await call('/', {
      headers: { 'accept-language': 'fr', cookie: cookie.split(';')[0] ?? '' },
    });
    expect(await later.text()).toContain('<html lang="it">');
  });

  it('links every way in: complain, ask, follow, the code, independent resolution', async () => {
    const html = await (await call('/')).text();
    for (const href of [
      '/complaints/new?kind=complaint',
      '/complaints/new?kind=inquiry',
      '/follow',
      '/complaints-code',
      '/independent-resolution',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it.each(['en', 'fr', 'nl', 'it'])(
    'C10 C11 publishes the complaints code and the CCTS page in %s',
    async (language) => {
      const code = await (await call(`/complaints-code?lang=${language}`)).text();
      expect(code).toContain(`<html lang="${language}">`);
      expect(code).toContain('866-671-0111'); // the organisation's own details, from its settings
      expect(code).toContain('333 Summer Street');
      expect(code).toContain('https://www.ccts-cprst.ca');
      const ccts = await call(`/independent-resolution?lang=${language}`);
      expect(ccts.status).toBe(200);
      const html = await ccts.text();
      expect(html).toContain('1-888-221-1687');
      expect(html).toContain('href="https://www.ccts-cprst.ca"');
    },
  );

  it('an unknown page is a 404 page in the visitor language, not an error dump', async () => {
    const response = await call('/no/such/page', { headers: { 'accept-language': 'nl' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Pagina niet gevonden');
  });
});

describe('API errors are problem+json with stable codes', () => {
  it('unknown path → 404', async () => {
    await expectProblem(await call('/api/v1/nothing-here'), 404, 'NOT_FOUND');
  });

  it('wrong method → 405 with Allow', async () => {
    const response = await call('/api/v1/auth/login', { method: 'DELETE' });
    expect(response.headers.get('allow')).toBe('POST');
    await expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
  });

  it('malformed JSON → 400', async () => {
    await expectProblem(await postJson('/api/v1/auth/login', '{"email": '), 400, 'MALFORMED_REQUEST');
    await expectProblem(await postJson('/api/v1/auth/login', ''), 400, 'MALFORMED_REQUEST');
    await expectProblem(
      await postJson('/api/v1/auth/login', '{"__proto__": {"admin": true}}'),
      400,
      'MALFORMED_REQUEST',
    );
  });

  it('a JSON body over 1 MB → 413', async () => {
    const big = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(1024 * 1024) });
    await expectProblem(await postJson('/api/v1/auth/login', big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON → 415', async () => {
    const response = await call('/api/v1/auth/login', {
      method: 'POST',
      body: 'email=a@example.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const text = await call('/api/v1/auth/login', {
      method: 'POST',
      body: 'hi',
      headers: { 'content-type': 'text/plain' },
    });
    await expectProblem(text, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('missing or invalid fields → 422 with one entry per field', async () => {
    const body = await expectProblem(
      await postJson('/api/v1/auth/login', JSON.stringify({ email: 'not-an-email', extra: 1 })),
      422,
      'VALIDATION_FAILED',
    );
    const fields = (body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['/', '/email', '/password']);
    await expectProblem(await postJson('/api/v1/auth/login', '[1,2]'), 422, 'VALIDATION_FAILED');
  });

  it('no input, however malformed, produces a 5xx', async () => {
    const attempts: Promise<Response>[] = [
      postJson('/api/v1/auth/login', '\u0000\uFFFF'),
      postJson('/api/v1/auth/login', '{"email":"a@b.co","password":{"$gt":""}}'),
      postJson('/api/v1/auth/login', JSON.stringify({ email: `${'a'.repeat(300)}@b.co`, password: 'x' })),
      postJson(
        '/api/v1/auth/login',
        JSON.stringify({ email: "x'; drop table staff_user; --@b.co", password: 'x' }),
      ),
      postJson('/api/v1/auth/login', '{"email":"a@b.co","password":"x"}', {
        'content-type': 'application/json; charset=latin1',
      }),
      call('/api/v1/auth/session', { headers: { cookie: 'redress_staff=%%%; lang=<script>' } }),
      call('/%E0%A4%A'),
      call('/api/%E0%A4%A'),
      call('/?lang=%00%00'),
      call(`/${'x'.repeat(5000)}`),
      call('/api/v1/auth/login', {
        method: 'PATCH',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
    ];
    for (const response of await Promise.all(attempts))
      expect(response.status, response.url).toBeLessThan(500);
  });
});

describe('staff sign-in', () => {
  it('a right pair opens a session (HttpOnly, SameSite cookie) and returns a CSRF token; a wrong pair is 401', async () => {
    const wrong = await postJson(
      '/api/v1/auth/login',
      JSON.stringify({ ...ADMIN, password: 'wrong password' }),
    );
    await expectProblem(wrong, 401, 'UNAUTHENTICATED');
    const unknown = await postJson(
      '/api/v1/auth/login',
      JSON.stringify({ ...ADMIN, email: 'nobody@example.org' }),
    );
    await expectProblem(unknown, 401, 'UNAUTHENTICATED');

    const response = await postJson(
      '/api/v1/auth/login',
      JSON.stringify({ ...ADMIN, email: 'ADMIN@example.org' }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/redress_staff=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = (await response.json()) as { csrfToken: string; staff: { role: string } };
    expect(body.staff.role).toBe('admin');
    const session = cookie.split(';')[0] ?? '';

    const me = await call('/api/v1/auth/session', { headers: { cookie: session } });
    expect(me.status).toBe(200);

    const withoutToken = await call('/api/v1/auth/logout', { method: 'POST', headers: { cookie: session } });
    await expectProblem(withoutToken, 403, 'CSRF_TOKEN_INVALID');
    const loggedOut = await call('/api/v1/auth/logout', {
      method: 'POST',
      headers: { cookie: session, 'x-csrf-token': body.csrfToken },
    });
    expect(loggedOut.status).toBe(204);
    await expectProblem(
      await call('/api/v1/auth/session', { headers: { cookie: session } }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('the API is documented', () => {
  it('serves an OpenAPI 3 document of the /api/ surface, generated from the route schemas', async () => {
    const response = await call('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/api/v1/auth/login');
    expect(Object.keys(document.paths).every((path) => path.startsWith('/api/'))).toBe(true);
    expect(JSON.stringify(document)).toContain('Problem');
  });

  it('serves human-readable docs at /api/docs', async () => {
    const response = await call('/api/docs/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
  });
});
