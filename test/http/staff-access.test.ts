import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, postJson, TEST_ADMIN } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, type StaffClient, signInAs } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: StaffClient;
const clock = manualClock('2026-11-20T15:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer(
    {
      ...ADMIN_ENV,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://complaints.provider.example',
      TRUST_PROXY: 'true',
    },
    { clock },
  );
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

function login(email: string, password: string, address?: string) {
  return postJson(
    server,
    '/api/v1/auth/login',
    { email, password },
    address ? { 'x-forwarded-for': address } : {},
  );
}

async function linkSentTo(address: string): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    await server.outbox.runOnce();
    const mail = [...smtp.received]
      .reverse()
      .find((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(address));
    const link = mail?.text?.match(/https:\/\/\S+token=[A-Za-z0-9_%-]+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no link reached ${address}`);
}

describe('staff accounts and access', () => {
  it('after 10 failed sign-ins for one account within 15 minutes, attempts answer 429 with Retry-After until the window passes', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    for (let i = 0; i < 10; i += 1) {
      expect((await login(advisor.email, `wrong password ${i}`, '10.0.0.1')).status).toBe(401);
      clock.advance(10_000);
    }
    // Blocked from anywhere: the limit is per account as well as per address.
    const blocked = await login(advisor.email, 'a long enough password', '10.9.9.9');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    // The first failure leaves the window 15 minutes after it happened; 100 s have passed since.
    expect(retryAfter).toBe(15 * 60 - 100);
    clock.advance(retryAfter * 1000 - 1000);
    expect((await login(advisor.email, 'a long enough password', '10.0.0.1')).status).toBe(429);
    clock.advance(1000);
    expect((await login(advisor.email, 'a long enough password', '10.0.0.1')).status).toBe(200);
  });

  it('after 10 failed sign-ins from one client address, that address is refused for every account; others are not', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    for (let i = 0; i < 10; i += 1) {
      expect((await login(`guess${i}@provider.example`, 'guess', '10.0.0.3')).status).toBe(401);
    }
    const blocked = await login(advisor.email, 'a long enough password', '10.0.0.3');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(advisor.email, 'a long enough password', '10.0.0.4')).status).toBe(200);
  });

  it('the wrong password for an unknown email counts too, and the answer never says which accounts exist', async () => {
    const unknown = await login('nobody@provider.example', 'whatever', '10.0.0.2');
    const known = await login(TEST_ADMIN.email, 'not the password', '10.0.0.2');
    expect(unknown.status).toBe(401);
    expect(known.status).toBe(401);
    expect(await unknown.json()).toEqual(await known.json());
  });

  it('a password reset link works once, sets the new password and ends every session', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const asked = await postJson(server, '/api/v1/auth/password-reset', { email: advisor.email });
    expect(asked.status).toBe(202);
    const unknown = await postJson(server, '/api/v1/auth/password-reset', {
      email: 'nobody@provider.example',
    });
    expect(unknown.status).toBe(202);
    const link = await linkSentTo(advisor.email);
    expect(link).toMatch(/^https:\/\/complaints\.provider\.example\/console\/password\?token=/);
    const token = decodeURIComponent(new URL(link).searchParams.get('token') ?? '');

    const tooShort = await postJson(server, '/api/v1/auth/password-reset/completion', {
      token,
      password: 'short',
    });
    expect(tooShort.status).toBe(422);
    const done = await postJson(server, '/api/v1/auth/password-reset/completion', {
      token,
      password: 'a brand new passphrase',
    });
    expect(done.status).toBe(204);
    expect((await advisor.get('/api/v1/auth/session')).status).toBe(401); // the old session ended
    const again = await postJson(server, '/api/v1/auth/password-reset/completion', {
      token,
      password: 'yet another passphrase',
    });
    expect(again.status).toBe(400);
    expect((await again.json()).code).toBe('RESET_LINK_INVALID');
    expect((await login(advisor.email, 'a long enough password', '10.0.0.5')).status).toBe(401);
    expect((await login(advisor.email, 'a brand new passphrase', '10.0.0.5')).status).toBe(200);
  });

  it('sign out everywhere ends every session of the account, and only of that account', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const laptop = await signInAs(server, { email: advisor.email, password: 'a long enough password' });
    const out = await advisor.post('/api/v1/auth/logout-everywhere');
    expect(out.status).toBe(204);
    expect((await laptop.get('/api/v1/auth/session')).status).toBe(401);
    expect((await advisor.get('/api/v1/auth/session')).status).toBe(401);
    expect((await admin.get('/api/v1/auth/session')).status).toBe(200);
  });

  it('an admin creates teams and colleagues, changes roles; deactivation ends sessions at once', async () => {
    const team = await admin.post<{ id: string; name: string }>('/api/v1/teams', { name: 'Billing' });
    expect(team.status).toBe(201);
    expect((await admin.post('/api/v1/teams', { name: 'billing' })).status).toBe(409);
    const advisor = await colleague(server, admin, 'advisor', { teamId: team.body.id });
    const duplicate = await admin.post('/api/v1/staff', {
      email: advisor.email.toUpperCase(),
      displayName: 'Twin',
      role: 'advisor',
      password: 'a long enough password',
    });
    expect(duplicate.status).toBe(409);
    const promoted = await admin.send('PATCH', `/api/v1/staff/${advisor.id}`, { role: 'senior_manager' });
    expect(promoted.body).toMatchObject({ role: 'senior_manager', teamId: team.body.id });
    const again = await signInAs(server, { email: advisor.email, password: 'a long enough password' });
    expect((await again.get('/api/v1/auth/session')).body).toMatchObject({
      staff: { role: 'senior_manager' },
    });
    await admin.send('PATCH', `/api/v1/staff/${advisor.id}`, { active: false });
    expect((await again.get('/api/v1/auth/session')).status).toBe(401);
    expect((await login(advisor.email, 'a long enough password', '10.0.0.6')).status).toBe(401);
    const selfLockout = await admin.send(
      'PATCH',
      `/api/v1/staff/${(await admin.get<{ staff: { id: string } }>('/api/v1/auth/session')).body.staff.id}`,
      {
        active: false,
      },
    );
    expect(selfLockout.status).toBe(422);
  });

  it('a colleague created without a password is emailed a link to choose one', async () => {
    const created = await admin.post('/api/v1/staff', {
      email: 'new.colleague@provider.example',
      displayName: 'New Colleague',
      role: 'advisor',
      language: 'nl',
    });
    expect(created.status).toBe(201);
    const link = await linkSentTo('new.colleague@provider.example');
    const mail = smtp.received.find((m) => m.text?.includes(link));
    expect(mail?.subject).toBe('Uw account bij de klachtendienst');
  });
});
