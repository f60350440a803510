import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, TEST_ADMIN } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { accessibilityViolations, launchBrowser } from '../support/browser.js';
import { colleague, phoneComplaint, type StaffClient, signInAs } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let admin: StaffClient;
const PASSWORD = 'a long enough password';

beforeAll(async () => {
  [server, browser] = await Promise.all([
    // Today's date: the browser drops a session cookie whose expiry lies in its past.
    startTestServer(ADMIN_ENV, { clock: manualClock(new Date().toISOString()) }),
    launchBrowser(),
  ]);
  admin = await signInAs(server);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInPage(email: string, password = PASSWORD, language = 'en'): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    extraHTTPHeaders: { 'accept-language': language },
  });
  await page.goto(`${server.url}/console`);
  expect(page.url()).toMatch(/\/console\/sign-in$/);
  await page.getByLabel(/Email address|Adresse courriel|E-mailadres|Indirizzo email/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe|Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /Sign in|Se connecter|Inloggen|Accedi/ }).click();
  await page.waitForURL(/\/console$/);
  return page;
}

async function clickAndLoad(page: Page, name: string | RegExp) {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name }).click()]);
}

/** Opens an action's disclosure on the case page. */
async function open(page: Page, summary: string) {
  await page.locator('summary', { hasText: summary }).click();
}

async function status(page: Page): Promise<string> {
  return (await page.locator('dl.facts dd').first().textContent()) ?? '';
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (text: string) => boolean, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.textContent ?? ''}|${label ?? ''}|${el.getAttribute('aria-label') ?? ''}`;
    });
    if (matches(text)) return;
  }
  throw new Error('the element was not reached with Tab');
}

describe('C3 C4 C5 C7 C8 C9 the staff console in a real browser', () => {
  it('C8 C9 an advisor takes a phone complaint through a logged call and an outcome; a senior manager takes the escalation; the head of support gives the final response', async () => {
    const advisor = await colleague(server, admin, 'advisor', { name: 'Alex Advisor' });
    const manager = await colleague(server, admin, 'senior_manager', { name: 'Morgan Manager' });
    const head = await colleague(server, admin, 'head_of_support', { name: 'Hendrik Head' });

    // The advisor records the call (C2b) and the customer is acknowledged at once.
    const page = await signInPage(advisor.email);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Record a case' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Complaint', { exact: true }).check();
    await page.getByLabel('Came in by').selectOption('phone');
    await page.getByLabel('Customer’s name').fill('Noor Haddad');
    await page.getByLabel('Email address').fill('noor@example.org');
    await page.getByLabel('Phone number').fill('+1 416 555 0199');
    await page.getByLabel('You are').selectOption('residential');
    await page.getByLabel('Province or territory').selectOption('ON');
    await page.getByLabel('Service concerned').selectOption('internet');
    await page.getByLabel('What it is about').selectOption('billing');
    await page.getByLabel('What happened', { exact: true }).fill('Charged twice for October.');
    await clickAndLoad(page, 'Record and acknowledge');
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const trackingNumber = heading.replace('Case ', '');
    expect(trackingNumber).toMatch(/^RDX-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await status(page)).toBe('Acknowledged');
    expect(await page.getByRole('status').textContent()).toContain('Saved.');
    expect(await page.locator('dl.facts').nth(1).textContent()).toContain('n•••@example.org'); // masked (C4)
    expect(await accessibilityViolations(page)).toEqual([]);

    await clickAndLoad(page, 'Take this case');
    await open(page, 'Log a contact');
    const contact = page.locator('details', { hasText: 'Log a contact' });
    await contact.getByLabel('Summary').fill('Called back: the double charge is confirmed.');
    await contact.getByLabel('Next update by').fill('2099-11-25');
    await clickAndLoad(page, 'Log a contact');
    expect(await page.locator('.timeline').first().textContent()).toContain(
      'Called back: the double charge is confirmed.',
    );

    await open(page, 'Give the outcome');
    await page
      .getByLabel('Decision and reasons, as the customer will read them')
      .fill('We refund the second charge.');
    await page.getByLabel('Remedy promised (optional)').fill('A credit of $54.95.');
    await clickAndLoad(page, 'Give the outcome');
    expect(await status(page)).toBe('Outcome given');

    // The customer calls back, not satisfied: the advisor records the escalation request (C9).
    await open(page, 'Record an escalation request');
    await page.getByLabel('The customer’s words, quoted').fill('A credit is not enough.');
    await clickAndLoad(page, 'Record an escalation request');
    expect(await status(page)).toBe('Escalated');
    expect(await page.locator('dl.facts dd').nth(2).textContent()).toBe('2');

    // The senior manager finds it under "Escalated to me" and takes it.
    const managerPage = await signInPage(manager.email);
    await managerPage.getByRole('link', { name: 'Escalated to me' }).click();
    await managerPage.getByRole('link', { name: trackingNumber }).click();
    expect(await accessibilityViolations(managerPage)).toEqual([]);
    await clickAndLoad(managerPage, 'Take this escalation');
    expect(await status(managerPage)).toBe('Investigating');
    // The customer asks for the head of support.
    await open(managerPage, 'Record an escalation request');
    await managerPage.getByLabel('The customer’s words, quoted').fill('I want the head of support.');
    await managerPage.getByLabel('The head of support directly').check();
    await clickAndLoad(managerPage, 'Record an escalation request');
    expect(await managerPage.locator('dl.facts dd').nth(2).textContent()).toBe('3');

    // The head of support takes it and gives the final response (C9, C10).
    const headPage = await signInPage(head.email);
    await headPage.getByRole('link', { name: 'Escalated to me' }).click();
    await headPage.getByRole('link', { name: trackingNumber }).click();
    await clickAndLoad(headPage, 'Take this escalation');
    await open(headPage, 'Give the final response');
    await headPage
      .getByLabel('Decision and reasons, as the customer will read them')
      .fill('We waive three months of fees.');
    await clickAndLoad(headPage, 'Give the final response');
    expect(await status(headPage)).toBe('Final response given');
    const timeline = (await headPage.locator('.timeline').first().textContent()) ?? '';
    for (const entry of [
      'Received',
      'Acknowledged',
      'Contact logged',
      'Outcome given',
      'Escalated to level 2',
      'Escalated to level 3',
      'Final response given',
    ]) {
      expect(timeline).toContain(entry);
    }
    expect(await accessibilityViolations(headPage)).toEqual([]);
  });

  it('C4 details stay masked until the advisor records a passed check; a stale page gets the other person’s change, not an overwrite', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(admin);
    const page = await signInPage(advisor.email);
    await page.goto(`${server.url}/console/cases/${tn}`);
    expect(await page.locator('dl.facts').nth(1).textContent()).not.toContain('kim@example.org');
    await open(page, 'Check the customer’s identity');
    await page.getByLabel('Passed').check();
    await clickAndLoad(page, 'Record the check');
    expect(await page.locator('dl.facts').nth(1).textContent()).toContain('kim@example.org');
    expect(await page.locator('.timeline').first().textContent()).toContain('Personal details viewed');

    // Someone else adds a note; this page still shows the old version.
    await admin.post(`/api/v1/cases/${tn}/notes`, {
      text: 'Checked the billing system.',
      version: (await admin.get<{ version: number }>(`/api/v1/cases/${tn}`)).body.version,
    });
    await open(page, 'Add an internal note');
    await page.getByLabel('Note (for colleagues only)').fill('My own note.');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Add an internal note' }).click(),
    ]);
    expect(response.status()).toBe(409);
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByRole('alert').textContent()).toContain('Checked the billing system.');
    expect(await page.getByLabel('Note (for colleagues only)').inputValue()).toBe('My own note.'); // nothing lost
    await clickAndLoad(page, 'Add an internal note');
    expect(await page.locator('.timeline').first().textContent()).toContain('My own note.');
  });

  it('works with the keyboard alone: sign in, open a case, log a contact', async () => {
    const advisor = await colleague(server, admin, 'advisor');
    const tn = await phoneComplaint(admin);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    for (const path of ['/console/password-reset', '/console/password?token=x', '/console/sign-in']) {
      await page.goto(`${server.url}${path}`);
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    await tabTo(page, (text) => text.includes('Email address'));
    await page.keyboard.type(advisor.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL(/\/console$/), page.keyboard.press('Enter')]);
    await tabTo(page, (text) => text.includes(tn));
    await Promise.all([page.waitForURL(new RegExp(`/console/cases/${tn}$`)), page.keyboard.press('Enter')]);
    await tabTo(page, (text) => text.startsWith('Log a contact'));
    await page.keyboard.press('Enter'); // opens the disclosure
    await tabTo(page, (text) => text.includes('|Summary|'));
    await page.keyboard.type('Spoke with the customer, keyboard only.');
    await tabTo(page, (text) => text.startsWith('Log a contact')); // after the fields: the submit button
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('.timeline').first().textContent()).toContain(
      'Spoke with the customer, keyboard only.',
    );
  });

  it('the queue of 50 rows fits a laptop screen without horizontal scrolling, and is axe-clean in all four languages', async () => {
    for (let i = 0; i < 50; i += 1)
      await phoneComplaint(admin, { description: `Case number ${i} of the queue.` });
    const page = await signInPage((await colleague(server, admin, 'head_of_support')).email);
    expect(await page.locator('table.queue tbody tr').count()).toBe(50);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const language of ['en', 'fr', 'nl', 'it']) {
      await page.goto(`${server.url}/console?lang=${language}`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await accessibilityViolations(page), language).toEqual([]);
      await page.getByRole('link', { name: /^RDX-/ }).first().click();
      expect(await accessibilityViolations(page), `case page ${language}`).toEqual([]);
      await page.goto(`${server.url}/console/dashboard?lang=${language}`);
      expect(await page.getByTestId('dashboard-chart').count(), `dashboard ${language}`).toBe(1);
      expect(await page.locator('[data-testid="dashboard-weeks"] tbody tr').count()).toBe(12);
      expect(await accessibilityViolations(page), `dashboard ${language}`).toEqual([]);
    }
  });

  it('C10 the head of support records a complaint the ombudsman forwarded, and moves it on', async () => {
    const head = await colleague(server, admin, 'head_of_support');
    const tn = await phoneComplaint(head);
    const page = await signInPage(head.email);
    await page.getByRole('link', { name: 'Ombudsman' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Tracking number').fill(tn);
    await page.getByLabel('Reference').fill('CCTS-BROWSER-7');
    await clickAndLoad(page, 'Record');
    expect(await page.getByRole('status').textContent()).toContain('Saved');
    const row = page.locator('form[aria-label="CCTS-BROWSER-7"]');
    expect(await row.textContent()).toContain(tn);
    expect(await accessibilityViolations(page)).toEqual([]);
    await row.getByLabel('Stage').selectOption('conciliation');
    await row.getByLabel('Step done').selectOption('objectionAnswered');
    await Promise.all([page.waitForEvent('load'), row.getByRole('button', { name: 'Save' }).click()]);
    const listed = await head.get<{
      items: { reference: string; stage: string; objectionAnsweredAt: string | null }[];
    }>('/api/v1/ombudsman-cases');
    const recorded = listed.body.items.find((o) => o.reference === 'CCTS-BROWSER-7');
    expect(recorded?.stage).toBe('conciliation');
    expect(recorded?.objectionAnsweredAt).not.toBeNull();
    // An unknown case number comes back with the error next to the field.
    await page.getByLabel('Tracking number').fill('RDX-2222-2222');
    await page.getByLabel('Reference').fill('CCTS-BROWSER-8');
    await clickAndLoad(page, 'Record');
    expect(await page.locator('#trackingNumber-error').count()).toBe(1);
    await page.close();
  });

  it('an admin manages colleagues, teams and the organisation’s settings from the console', async () => {
    const page = await signInPage(TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByRole('link', { name: 'Administration' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Team name').fill('Night shift');
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('form[action="/console/admin/teams"]').getByRole('button', { name: 'Add' }).click(),
    ]);
    expect(await page.locator('#teams-title + ul').textContent()).toContain('Night shift');
    await page.locator('#field-new-email').fill('sam@provider.example');
    await page.locator('#field-new-displayName').fill('Sam Night');
    await page.locator('#field-new-team').selectOption({ label: 'Night shift' });
    await page.locator('form[action="/console/admin/staff"]').getByRole('button', { name: 'Add' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('table.queue').textContent()).toContain('sam@provider.example');

    await page.getByLabel('Tracking number prefix').fill('x1');
    await page.getByLabel('Business days to answer a complaint').fill('12');
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    expect(refused.status()).toBe(422);
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByLabel('Business days to answer a complaint').inputValue()).toBe('12'); // kept
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Tracking number prefix').fill('JIVE');
    await clickAndLoad(page, /^Save$/);
    const settings = await admin.get<{ trackingPrefix: string; responseBusinessDays: { complaint: number } }>(
      '/api/v1/settings/organisation',
    );
    expect(settings.body.trackingPrefix).toBe('JIVE');
    expect(settings.body.responseBusinessDays.complaint).toBe(12);

    // C10: the CCTS eligibility table, edited on its own page.
    await page.getByRole('link', { name: 'CCTS eligibility' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    const before = (await admin.get<unknown[]>('/api/v1/settings/ccts-eligibility')).body;
    await page.getByLabel('Customer type 6', { exact: true }).selectOption('small_business');
    await page.getByLabel('Service 6', { exact: true }).selectOption('wireless');
    await page.getByLabel('Outcome 6', { exact: true }).selectOption({ label: 'Not eligible: other reason' });
    await page.getByLabel('Order 6', { exact: true }).fill('0');
    await clickAndLoad(page, /^Save$/);
    expect(await page.getByRole('status').textContent()).toBeTruthy();
    const after = (await admin.get<Record<string, unknown>[]>('/api/v1/settings/ccts-eligibility')).body;
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toEqual({
      customerType: 'small_business',
      service: 'wireless',
      category: null,
      eligible: false,
      reason: 'other',
    });
    await admin.send('PUT', '/api/v1/settings/ccts-eligibility', before);

    // C6: a policy's times, adjusted as a new version with a reason.
    await page.goto(`${server.url}/console/admin`);
    await page.getByRole('link', { name: 'Policies and their times' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    const fieldset = page.locator('fieldset', { hasText: 'To the outcome of a complaint' });
    await page.getByLabel('Why it changes (kept with the version)').fill('More time for complex cases.');
    await fieldset.getByLabel('Days').fill('not a number');
    await clickAndLoad(page, /^Save as version/);
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await fieldset.getByLabel('Days').fill('11');
    expect(await page.getByLabel('Why it changes (kept with the version)').inputValue()).toBe(
      'More time for complex cases.',
    ); // kept
    await clickAndLoad(page, /^Save as version/);
    const policy = await admin.get<{
      version: number;
      rules: { times: { investigation: { amount: number } } };
    }>('/api/v1/policies/ca-ccts');
    expect(policy.body.rules.times.investigation.amount).toBe(11);
    expect(await page.locator('ol li').first().textContent()).toContain('More time for complex cases.');
  });
});
