import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseCommandEntry } from '../../src/app/case-commands/case-command.js';
import { CASE_COMMANDS } from '../../src/app/case-commands/case-command-table.js';
import { CASE_ACTIONS } from '../../src/domain/case-actions.js';
import { LANGUAGES } from '../../src/domain/language.js';
import { ADMIN_ENV } from '../support/api-client.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

/**
 * One command table, two edges: every step a case offers is an entry, and for each entry the API
 * (JSON) and the console (an HTML form) refuse the same bad input with the same status and the
 * same words, in every language.
 */

interface SchemaNode {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: string[];
  const?: unknown;
  anyOf?: SchemaNode[];
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

/** A value the schema accepts (a colleague's id where a staff member is asked for). */
function validValue(node: SchemaNode, staffId: string): unknown {
  const first = node.anyOf?.find((candidate) => candidate.type !== 'null') ?? node;
  if (first.const !== undefined) return first.const;
  if (first.enum) return first.enum[0];
  if (first.type === 'boolean') return true;
  if (first.format === 'date') return '2027-01-15';
  if (first.format === 'uuid') return staffId;
  if (first.format === 'email') return 'kim.new@example.org';
  if (first.pattern?.includes('\\d{6}')) return '123456';
  return 'Words written for this test.';
}

interface BadInput {
  what: string;
  body: Record<string, unknown>;
}

/** Every bad input the schema itself describes: a required field left out or empty, too long, off the list. */
function badInputs(command: CaseCommandEntry, staffId: string): BadInput[] {
  const schema = command.input as SchemaNode;
  const valid = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, node]) => [name, validValue(node, staffId)]),
  );
  const bad: BadInput[] = [];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const others = Object.fromEntries(Object.entries(valid).filter(([other]) => other !== name));
    const plain = node.anyOf?.find((candidate) => candidate.type !== 'null') ?? node;
    if (schema.required?.includes(name)) bad.push({ what: `${name} left out`, body: others });
    if (plain.minLength === 1 && schema.required?.includes(name))
      bad.push({ what: `${name} empty`, body: { ...others, [name]: '' } });
    if (plain.maxLength !== undefined)
      bad.push({ what: `${name} too long`, body: { ...others, [name]: 'x'.repeat(plain.maxLength + 1) } });
    if (plain.enum || plain.type === 'boolean' || plain.anyOf)
      bad.push({ what: `${name} not one of the choices`, body: { ...others, [name]: 'nonsense' } });
    if (plain.format === 'date')
      bad.push({ what: `${name} not a date`, body: { ...others, [name]: '15/01/2027' } });
  }
  return bad;
}

/** A JSON body as the console's form would post it. */
function asForm(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).map(([name, value]) => [
      name,
      value === null ? '' : value === true ? 'yes' : value === false ? 'no' : String(value),
    ]),
  );
}

interface Refusal {
  status: number;
  title: string;
  detail?: string;
  /** Every field message, in order. */
  messages: string[];
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;
let advisor: StaffClient & { id: string };

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV);
  admin = await signInAs(server);
  advisor = await colleague(server, admin, 'advisor');
});

afterAll(async () => {
  await server?.stop();
});

async function throughApi(
  who: StaffClient,
  path: string,
  body: Record<string, unknown>,
  language: string,
): Promise<Refusal> {
  const answer = await who.post<{ title: string; detail?: string; errors?: { message: string }[] }>(
    `/api/v1/cases/${path}`,
    body,
    { 'accept-language': language },
  );
  return {
    status: answer.status,
    title: answer.body.title,
    ...(answer.body.detail ? { detail: answer.body.detail } : {}),
    messages: (answer.body.errors ?? []).map((e) => e.message),
  };
}

const decode = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

async function throughConsole(
  who: StaffClient,
  path: string,
  form: Record<string, string>,
  language: string,
): Promise<Refusal & { html: string }> {
  const response = await fetch(`${server.url}/console/cases/${path}`, {
    method: 'POST',
    headers: {
      cookie: who.credentials.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'accept-language': language,
    },
    body: new URLSearchParams({ ...form, _csrf: who.credentials.csrfToken }),
    redirect: 'manual',
  });
  const html = await response.text();
  const notice = /<div class="notice problem" role="alert"><p>([^<]*)<\/p>(?:<p>([^<]*)<\/p>)?/.exec(html);
  return {
    status: response.status,
    title: decode(notice?.[1] ?? ''),
    ...(notice?.[2] ? { detail: decode(notice[2]) } : {}),
    // Next to each field, and listed in the notice (where the form itself may not be on the page).
    messages: [
      ...html.matchAll(
        /<p class="field-error" id="[^"]*">([^<]*)<\/p>|<li><a href="#field-[^"]*">([^<]*)<\/a><\/li>/g,
      ),
    ].map((m) => decode(m[1] ?? m[2] ?? '')),
    html,
  };
}

/** The API's refusal and the console's agree: status, title, detail, and each field's words. */
function expectSameRefusal(api: Refusal, page: Refusal) {
  expect(page.status).toBe(api.status);
  expect(page.title).toBe(api.title);
  expect(page.detail).toBe(api.detail);
  for (const message of api.messages) expect(page.messages).toContain(message);
}

describe('one command table for the API and the console', () => {
  it('covers every step a case can offer', () => {
    for (const action of CASE_ACTIONS) expect(Object.keys(CASE_COMMANDS)).toContain(action);
    for (const [name, command] of Object.entries(CASE_COMMANDS)) expect(command.name).toBe(name);
  });

  it('every command with an API path is in the OpenAPI document, once, with its input schema', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const command of Object.values(CASE_COMMANDS)) {
      if (!command.api) continue;
      expect(document.paths[`/api/v1/cases/{trackingNumber}/${command.api.path}`]?.post).toBeDefined();
    }
  });

  for (const command of Object.values(CASE_COMMANDS)) {
    it(`${command.name}: each bad input gets the same status and words on both edges, in all four languages`, async () => {
      const tn = await phoneComplaint(admin);
      const version = await versionOf(admin, tn);
      const bad = badInputs(command, advisor.id);
      for (const language of LANGUAGES) {
        for (const { what, body } of bad) {
          const page = await throughConsole(
            admin,
            `${tn}/${command.name}`,
            { ...asForm(body), version: String(version) },
            language,
          );
          const path = command.api?.path;
          if (!path) {
            expect(page.status, what).toBe(422);
            continue;
          }
          const sent = command.version === 'none' ? body : { ...body, version };
          const api = await throughApi(admin, `${tn}/${path}`, sent, language);
          expect(api.status, `${what} (${language})`).toBe(422);
          expect(api.messages.length, what).toBeGreaterThan(0);
          expectSameRefusal(api, page);
        }
      }
      expect(await versionOf(admin, tn)).toBe(version); // nothing was changed by any of it
    });
  }

  it('a stale version: the same 409, title and detail on both edges, in all four languages', async () => {
    const tn = await phoneComplaint(admin);
    await admin.post(`/api/v1/cases/${tn}/notes`, {
      text: 'A first note.',
      version: await versionOf(admin, tn),
    });
    const stale = (await versionOf(admin, tn)) - 1;
    for (const language of LANGUAGES) {
      for (const command of Object.values(CASE_COMMANDS)) {
        const path = command.api?.path;
        if (command.version !== 'required' || !path) continue;
        const body = Object.fromEntries(
          Object.entries((command.input as SchemaNode).properties ?? {}).map(([name, node]) => [
            name,
            validValue(node, advisor.id),
          ]),
        );
        const api = await throughApi(admin, `${tn}/${path}`, { ...body, version: stale }, language);
        const page = await throughConsole(
          admin,
          `${tn}/${command.name}`,
          { ...asForm(body), version: String(stale) },
          language,
        );
        expect(api.status, command.name).toBe(409);
        expectSameRefusal(api, page);
      }
      const api = await throughApi(admin, `${tn}/notes`, { text: 'Late.', version: stale }, language);
      expect(api.detail).toBeTruthy();
      if (language !== 'en')
        expect(api.title).not.toBe('The case was changed by someone else in the meantime');
    }
  });

  it('an unknown staff member to assign to: the same 422 on /ownerId on both edges', async () => {
    const tn = await phoneComplaint(admin);
    const version = await versionOf(admin, tn);
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const language of LANGUAGES) {
      const api = await throughApi(admin, `${tn}/assignment`, { ownerId: nobody, version }, language);
      const page = await throughConsole(
        admin,
        `${tn}/assign`,
        { ownerId: nobody, version: String(version) },
        language,
      );
      expect(api.status).toBe(422);
      expect(api.messages).toHaveLength(1);
      expectSameRefusal(api, page);
    }
  });

  it('a note of nothing but spaces is not written on either edge, with the same words as an empty one', async () => {
    const tn = await phoneComplaint(admin);
    const version = await versionOf(admin, tn);
    for (const language of LANGUAGES) {
      const api = await throughApi(admin, `${tn}/notes`, { text: '   ', version }, language);
      const page = await throughConsole(
        admin,
        `${tn}/add_note`,
        { text: '   ', version: String(version) },
        language,
      );
      const empty = await throughApi(admin, `${tn}/notes`, { text: '', version }, language);
      expect(api.status).toBe(422);
      expect(api.messages).toEqual(empty.messages);
      expectSameRefusal(api, page);
    }
    expect(await versionOf(admin, tn)).toBe(version);
  });

  it('the console drops spaces around a value, as a form should: a pasted email with a trailing space is saved', async () => {
    const tn = await phoneComplaint(admin);
    await admin.post(`/api/v1/cases/${tn}/identity-checks`, { method: 'account_pin', result: 'passed' });
    const page = await throughConsole(
      admin,
      `${tn}/change_contact_details`,
      {
        email: ' kim.new@example.org ',
        preferredContact: 'email',
        version: String(await versionOf(admin, tn)),
      },
      'en',
    );
    expect(page.status).toBe(303);
    const customer = await admin.get<{ email: string }>(`/api/v1/cases/${tn}/customer`);
    expect(customer.body.email).toBe('kim.new@example.org');
  });

  it('a version left out: the same 422 on /version on both edges', async () => {
    const tn = await phoneComplaint(admin);
    for (const language of LANGUAGES) {
      const api = await throughApi(admin, `${tn}/notes`, { text: 'A note.' }, language);
      const page = await throughConsole(admin, `${tn}/add_note`, { text: 'A note.' }, language);
      expect(api.status).toBe(422);
      expectSameRefusal(api, page);
    }
  });

  it('without the permission, a bad body gets 403, not 422, on both edges', async () => {
    const tn = await phoneComplaint(admin);
    for (const command of Object.values(CASE_COMMANDS)) {
      if (command.permission === 'case.work' || command.permission === 'case.record') continue;
      const path = command.api?.path;
      if (!path) continue;
      const api = await throughApi(advisor, `${tn}/${path}`, { text: '', version: 0 }, 'fr');
      const page = await throughConsole(advisor, `${tn}/${command.name}`, { text: '' }, 'fr');
      expect(api.status, command.name).toBe(403);
      expect(api.messages).toEqual([]);
      expectSameRefusal(api, page);
      expect(api.title).toBe('Vous n’avez pas le droit de faire ceci');
    }
  });
});
