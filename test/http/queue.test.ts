import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { colleague, phoneComplaint, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: StaffClient;
const clock = manualClock('2026-11-20T15:00:00Z');

interface Item {
  trackingNumber: string;
  dueOn: string | null;
  status: string;
  owner: { id: string } | null;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

beforeAll(async () => {
  server = await startTestServer(ADMIN_ENV, { clock });
});

// The tests move the clock by days; sessions end after 8 idle hours.
beforeEach(async () => {
  admin = await signInAs(server);
});

afterAll(async () => {
  await server?.stop();
});

const numbers = (page: { body: Page }) => page.body.items.map((i) => i.trackingNumber);

describe('queues and search', () => {
  it('lists cases soonest due first, paged by cursor without gaps or repeats', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    for (let i = 0; i < 7; i += 1) {
      await phoneComplaint(advisor, { kind: i % 2 === 0 ? 'complaint' : 'inquiry' });
      clock.advance(3 * 3600 * 1000); // less than a session's idle time
      await advisor.get('/api/v1/auth/session');
    }
    admin = await signInAs(server);
    const all = await admin.get<Page>('/api/v1/cases?limit=200');
    expect(all.status).toBe(200);
    const dues = all.body.items.map((i) => i.dueOn ?? '9999-12-31');
    expect([...dues].sort()).toEqual(dues);

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: Page } = await admin.get<Page>(
        `/api/v1/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      walked.push(...numbers(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(numbers(all));

    const bad = await admin.get('/api/v1/cases?cursor=not-a-cursor');
    expect(bad.status).toBe(422);
  });

  it('filters by kind, status, category, channel, language, customer type, level, owner; views mine and unassigned', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor, {
      kind: 'inquiry',
      category: 'contract',
      language: 'nl',
      customer: { name: 'Jan Jansen', email: 'jan@example.org', type: 'small_business', province: 'ON' },
    });
    const filtered = await admin.get<Page>(
      '/api/v1/cases?kind=inquiry&category=contract&language=nl&customerType=small_business&channel=phone&status=acknowledged&escalationLevel=1',
    );
    expect(numbers(filtered)).toEqual([tn]);
    expect(numbers(await advisor.get<Page>('/api/v1/cases?view=unassigned'))).toContain(tn);
    expect(numbers(await advisor.get<Page>('/api/v1/cases?view=mine'))).not.toContain(tn);
    await advisor.post(`/api/v1/cases/${tn}/assignment`, {
      ownerId: advisor.id,
      version: await versionOf(advisor, tn),
    });
    expect(numbers(await advisor.get<Page>('/api/v1/cases?view=mine'))).toEqual([tn]);
    expect(numbers(await admin.get<Page>(`/api/v1/cases?ownerId=${advisor.id}`))).toEqual([tn]);
    expect(numbers(await advisor.get<Page>('/api/v1/cases?view=unassigned'))).not.toContain(tn);
  });

  it('overdue and due soon are counted from today where the organisation is', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(advisor);
    // The earliest date owed: the first update (C7), before the expected outcome.
    const file = (
      await advisor.get<{ dueOn: string; nextUpdateBy: string; expectedResponseBy: string }>(
        `/api/v1/cases/${tn}`,
      )
    ).body;
    expect(file.dueOn).toBe(file.nextUpdateBy);
    expect(file.nextUpdateBy < file.expectedResponseBy).toBe(true);
    const expected = file.dueOn;
    const list = async (filter: string) => {
      admin = await signInAs(server);
      return numbers(await admin.get<Page>(`/api/v1/cases?${filter}&limit=200`));
    };
    expect(await list('overdue=true')).not.toContain(tn);
    expect(await list('dueSoon=true')).not.toContain(tn);
    // The day before that date, noon in Toronto: due soon, not overdue.
    clock.advance(new Date(`${expected}T17:00:00Z`).getTime() - 24 * 3600 * 1000 - clock().getTime());
    expect(await list('dueSoon=true')).toContain(tn);
    expect(await list('overdue=true')).not.toContain(tn);
    // The day after: overdue.
    clock.advance(2 * 24 * 3600 * 1000);
    expect(await list('overdue=true')).toContain(tn);
    expect(await list('dueSoon=true')).not.toContain(tn);
  });

  it('finds a case by exact tracking number, email or account number, and by words in its own language', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const cases = {
      en: await phoneComplaint(advisor, {
        language: 'en',
        description: 'I was charged twice for the modem.',
      }),
      fr: await phoneComplaint(advisor, {
        language: 'fr',
        description: 'J’ai été facturé deux fois pour le modem.',
      }),
      nl: await phoneComplaint(advisor, {
        language: 'nl',
        description: 'Mijn rekeningen kloppen niet sinds oktober.',
      }),
      it: await phoneComplaint(advisor, {
        language: 'it',
        description: 'Doppia fatturazione del modem.',
        customer: {
          name: 'Giulia Rossi',
          email: 'giulia@example.it',
          accountNumber: 'IT-4455',
          type: 'residential',
        },
      }),
    };
    const search = async (q: string) =>
      numbers(await admin.get<Page>(`/api/v1/cases?q=${encodeURIComponent(q)}&limit=200`));
    expect(await search(cases.fr)).toEqual([cases.fr]);
    expect(await search(cases.fr.toLowerCase())).toEqual([cases.fr]);
    expect(await search('GIULIA@example.it')).toEqual([cases.it]);
    expect(await search('IT-4455')).toEqual([cases.it]);
    expect(await search('charges')).toContain(cases.en); // english stem: charg
    expect(await search('facturation')).toContain(cases.fr); // french stem: factur
    expect(await search('rekening')).toContain(cases.nl); // dutch stem: reken
    expect(await search('fatture')).toContain(cases.it); // italian stem: fattur
    expect(await search('rekening')).not.toContain(cases.en);
  });

  it('an advisor sees their own, their team’s and unassigned cases; managers also every escalation; the head of support all', async () => {
    const red = await admin.post<{ id: string }>('/api/v1/teams', { name: 'Red' });
    const blue = await admin.post<{ id: string }>('/api/v1/teams', { name: 'Blue' });
    const redAdvisor = await colleague(server, admin, 'advisor', { teamId: red.body.id });
    const redColleague = await colleague(server, admin, 'advisor', { teamId: red.body.id });
    const blueAdvisor = await colleague(server, admin, 'advisor', { teamId: blue.body.id });
    const manager = await colleague(server, admin, 'senior_manager', { teamId: blue.body.id });
    const head = await colleague(server, admin, 'head_of_support');
    const tn = await phoneComplaint(redAdvisor);
    await redAdvisor.post(`/api/v1/cases/${tn}/assignment`, {
      ownerId: redAdvisor.id,
      version: await versionOf(redAdvisor, tn),
    });
    expect((await redColleague.get(`/api/v1/cases/${tn}`)).status).toBe(200);
    expect(numbers(await redColleague.get<Page>('/api/v1/cases?view=team&limit=200'))).toContain(tn);
    expect((await blueAdvisor.get(`/api/v1/cases/${tn}`)).status).toBe(403);
    expect(numbers(await blueAdvisor.get<Page>('/api/v1/cases?limit=200'))).not.toContain(tn);
    expect((await manager.get(`/api/v1/cases/${tn}`)).status).toBe(403);
    expect((await head.get(`/api/v1/cases/${tn}`)).status).toBe(200);
    const stranger = await blueAdvisor.post(`/api/v1/cases/${tn}/notes`, { text: 'x', version: 1 });
    expect(stranger.status).toBe(403);

    await redAdvisor.post(`/api/v1/cases/${tn}/escalations`, {
      customerWords: 'Manager please.',
      requestedVia: 'phone',
      version: await versionOf(redAdvisor, tn),
    });
    expect((await manager.get(`/api/v1/cases/${tn}`)).status).toBe(200);
    expect(numbers(await manager.get<Page>('/api/v1/cases?view=escalated&limit=200'))).toContain(tn);
    expect(numbers(await blueAdvisor.get<Page>('/api/v1/cases?view=escalated&limit=200'))).toEqual([]);
  });
});
