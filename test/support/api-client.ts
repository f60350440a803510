import type { RunningService } from '../../src/service.js';

export const TEST_ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
export const ADMIN_ENV = {
  INITIAL_ADMIN_EMAIL: TEST_ADMIN.email,
  INITIAL_ADMIN_PASSWORD: TEST_ADMIN.password,
};

export interface StaffCredentials {
  cookie: string;
  csrfToken: string;
}

/** Signs in over HTTP, as a client would. */
export async function signInStaff(server: RunningService, who = TEST_ADMIN): Promise<StaffCredentials> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken };
}

export function postJson(
  server: RunningService,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function asStaff(credentials: StaffCredentials): Record<string, string> {
  return { cookie: credentials.cookie, 'x-csrf-token': credentials.csrfToken };
}

/** A valid public filing; tests change what they are about. */
export function aComplaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    language: 'en',
    customer: { name: 'Kim Tremblay', email: 'kim@example.org', type: 'residential', province: 'ON' },
    service: 'internet',
    category: 'billing',
    description: 'I was charged twice for October.',
    ...overrides,
  };
}
