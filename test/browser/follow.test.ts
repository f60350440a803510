import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { accessibilityViolations, launchBrowser } from '../support/browser.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { colleague, type StaffClient, signInAs, versionOf } from '../support/staff-client.js';
import { startTestServer } from '../support/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let browser: Browser;
let admin: StaffClient;

beforeAll(async () => {
  smtp = await startSmtpSink();
  [server, browser] = await Promise.all([
    startTestServer({ ...ADMIN_ENV, SMTP_URL: smtp.url }, { clock: manualClock(new Date().toISOString()) }),
    launchBrowser(),
  ]);
  admin = await signInAs(server);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function codeFor(email: string): Promise<string> {
  for (let tries = 0; tries < 200; tries += 1) {
    await server.outbox.runOnce();
    const mail = [...smtp.received]
      .reverse()
      .find(
        (m) =>
          (m.to && !Array.isArray(m.to) ? m.to.text : '').includes(email) && /\b\d{6}\b/.test(m.text ?? ''),
      );
    const code = mail?.text?.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no code reached ${email}`);
}

async function submit(page: Page, action: string) {
  await Promise.all([
    page.waitForEvent('load'),
    page.locator(`form[action="${action}"] button[type="submit"]`).click(),
  ]);
}

describe.each(['en', 'it'] as const)('C7 C8 C9 C10 following a case in the browser (%s)', (language) => {
  it('opens the case with an emailed code, writes, rejects the outcome, escalates twice and sees the CCTS', async () => {
    const email = `follow-${language}@example.org`;
    const page = await browser.newPage({ extraHTTPHeaders: { 'accept-language': language } });

    // Filed through the public form, as a customer would.
    await page.goto(`${server.url}/complaints/new`);
    await page.locator('[name="name"]').fill('Sara Bianchi');
    await page.locator('[name="email"]').fill(email);
    await page.locator('input[name="customerType"][value="residential"]').check();
    await page.locator('[name="province"]').selectOption('ON');
    await page.locator('[name="service"]').selectOption('internet');
    await page.locator('[name="category"]').selectOption('billing');
    await page.locator('[name="description"]').fill('The October bill charges me twice.');
    await submit(page, '/complaints');
    const trackingNumber = ((await page.getByTestId('tracking-number').textContent()) ?? '').trim();
    expect(trackingNumber).toMatch(/^RDX-/);
    await page.goto(`${server.url}/`);
    await page.locator('a[href="/follow"]').first().click();
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A typing error in the tracking number is caught before anything is looked up.
    const typo = `${trackingNumber.slice(0, -1)}${trackingNumber.endsWith('A') ? 'B' : 'A'}`;
    await page.locator('input[name="trackingNumber"]').fill(typo);
    await page.locator('input[name="email"]').fill(email);
    await submit(page, '/follow/code');
    expect(await page.locator('#trackingNumber-error').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('input[name="trackingNumber"]').fill(trackingNumber);
    await submit(page, '/follow/code');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('input[name="code"]').fill(await codeFor(email));
    await submit(page, '/follow/open');
    expect(page.url()).toMatch(/\/follow\/case$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(trackingNumber);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A document, as from the intake form.
    await page.locator('form[action="/follow/case/documents"] input[type="file"]').setInputFiles({
      name: 'bill.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await submit(page, '/follow/case/documents');
    expect(page.url()).toMatch(/\/follow\/case\?done=sent$/);

    // A message with markup stays text.
    await page
      .locator('form[action="/follow/case/message"] textarea')
      .fill('<script>window.pwned = 1</script><b>bold</b>');
    await submit(page, '/follow/case/message');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.timeline').textContent()).toContain('<script>window.pwned = 1</script>');

    // An outcome arrives; the customer is not satisfied, and the case goes to a senior manager.
    const advisor = await colleague(server, admin, 'advisor');
    await advisor.post(`/api/v1/cases/${trackingNumber}/outcome`, {
      text: 'We credit one month.',
      version: await versionOf(advisor, trackingNumber),
    });
    await page.reload();
    expect(await page.locator('.timeline').textContent()).toContain('We credit one month.');
    await page.locator('form[action="/follow/case/outcome-reply"] input[value="no"]').check();
    await submit(page, '/follow/case/outcome-reply');
    expect(await page.getByTestId('ombudsman').textContent()).toContain('1-888-221-1687');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The escalation to the head of support, with the keyboard alone.
    await page.locator('form[action="/follow/case/escalation"] textarea').focus();
    await page.keyboard.type('I want the head of support to look at this.');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    // Acknowledged at once, with its own date, which the status block now promises.
    const expected = (await page.getByTestId('expected').textContent()) ?? '';
    const date = expected.match(/\d{1,2}\D+\d{4}|\w+ \d{1,2}, \d{4}/)?.[0] ?? 'no date';
    expect(await page.getByRole('status').textContent()).toContain(date);
    expect(await page.locator('form[action="/follow/case/escalation"]').count()).toBe(0); // at the highest level
  });
});
