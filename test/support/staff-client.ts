import type { RunningService } from '../../src/service.js';
import { asStaff, type StaffCredentials, signInStaff, TEST_ADMIN } from './api-client.js';

export interface JsonAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in staff member talking JSON to the API, as a CRM or the console would. */
export interface StaffClient {
  credentials: StaffCredentials;
  get<T = Record<string, unknown>>(path: string): Promise<JsonAnswer<T>>;
  post<T = Record<string, unknown>>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonAnswer<T>>;
  send<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<JsonAnswer<T>>;
}

async function answer<T>(response: Response): Promise<JsonAnswer<T>> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (a PDF, …): the text stays
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

export function clientFor(server: RunningService, credentials: StaffCredentials): StaffClient {
  const send = async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    answer<T>(
      await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...asStaff(credentials),
          ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        // A FormData body goes as multipart (fetch sets its boundary); anything else as JSON.
        ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
      }),
    );
  return {
    credentials,
    get: (path) => send('GET', path),
    post: (path, body = {}, headers = {}) => send('POST', path, body, headers),
    send: (method, path, body) => send(method, path, body),
  };
}

export async function signInAs(server: RunningService, who = TEST_ADMIN): Promise<StaffClient> {
  return clientFor(server, await signInStaff(server, who));
}

let colleagues = 0;

/** An admin creates a colleague with a role (and a team), who then signs in. */
export async function colleague(
  server: RunningService,
  admin: StaffClient,
  role: 'advisor' | 'senior_manager' | 'head_of_support' | 'admin',
  options: { teamId?: string; language?: string; name?: string } = {},
): Promise<StaffClient & { id: string; email: string }> {
  colleagues += 1;
  const email = `${role.replace(/_/g, '-')}-${colleagues}-${Date.now()}@provider.example`;
  const password = 'a long enough password';
  const created = await admin.post<{ id: string }>('/api/v1/staff', {
    email,
    displayName: options.name ?? `${role} ${colleagues}`,
    role,
    password,
    ...(options.teamId ? { teamId: options.teamId } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  if (created.status !== 201) throw new Error(`could not create ${role}: ${JSON.stringify(created.body)}`);
  const client = await signInAs(server, { email, password });
  return Object.assign(client, { id: created.body.id, email });
}

/** A case recorded by a staff member from a phone call; answers its tracking number. */
export async function phoneComplaint(
  client: StaffClient,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await client.post<{ trackingNumber: string }>('/api/v1/cases', {
    kind: 'complaint',
    channel: 'phone',
    language: 'en',
    customer: {
      name: 'Kim Tremblay',
      email: 'kim@example.org',
      phone: '+1 416 555 1234',
      accountNumber: 'ACC-778899',
      type: 'residential',
      province: 'ON',
    },
    service: 'internet',
    category: 'billing',
    description: 'I was charged twice for October.',
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`could not record a case: ${JSON.stringify(created.body)}`);
  return created.body.trackingNumber;
}

export async function versionOf(client: StaffClient, trackingNumber: string): Promise<number> {
  const file = await client.get<{ version: number }>(`/api/v1/cases/${trackingNumber}`);
  if (file.status !== 200) throw new Error(`cannot read ${trackingNumber}: ${file.status}`);
  return file.body.version;
}
