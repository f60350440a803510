import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, aComplaint, postJson, TEST_ADMIN } from '../support/api-client.js';
import { manualClock } from '../support/app-context.js';
import { accessibilityViolations, launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';
import { until } from '../support/waiting.js';

const INBOUND = 'complaints@provider.example';
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer(
      { ...ADMIN_ENV, INBOUND_SMTP_PORT: '0', INBOUND_ADDRESS: INBOUND },
      { clock: manualClock(new Date().toISOString()) },
    ),
    launchBrowser(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('issue 16 mail to sort, in a real browser', () => {
  it('a held email is read and placed on its case with the keyboard alone; the pages pass axe', async () => {
    const filed = await postJson(
      server,
      '/api/v1/complaints',
      aComplaint({
        customer: { name: 'Rosa Lopez', email: 'rosa@example.org', type: 'residential', province: 'ON' },
      }),
    );
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
    const mta = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.inboundSmtp?.port ?? 0,
      ignoreTLS: true,
    });
    await mta.sendMail({
      from: 'Rosa at work <rosa.lopez@work.example>',
      to: INBOUND,
      subject: `About ${trackingNumber}`,
      text: 'Writing from my work address: <b>not bold</b>.',
    });
    mta.close();
    await until(
      async () =>
        (
          await server.storage.database.db
            .selectFrom('message')
            .select('id')
            .where('status', '=', 'held')
            .execute()
        ).length > 0,
      5_000,
    );

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/console/sign-in`);
    await page.getByLabel('Email address').fill(TEST_ADMIN.email);
    await page.getByLabel('Password').fill(TEST_ADMIN.password);
    await Promise.all([page.waitForURL(/\/console$/), page.getByRole('button', { name: 'Sign in' }).click()]);
    await Promise.all([
      page.waitForURL(/\/console\/mail$/),
      page.getByRole('link', { name: 'Mail to sort' }).click(),
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect(page.getByRole('heading', { name: `About ${trackingNumber}` }).count()).resolves.toBe(1);
    expect(await page.textContent('body')).toContain('names a case, but is not from its customer');

    // Keyboard only: open the email, then type the tracking number and press Enter.
    await page.locator('summary', { hasText: 'Read the email' }).focus();
    await page.keyboard.press('Enter');
    expect((await page.locator('pre.message-text').first().textContent())?.trim()).toBe(
      'Writing from my work address: <b>not bold</b>.',
    );
    await page.getByLabel('Tracking number of its case').focus();
    await page.keyboard.type(trackingNumber);
    await Promise.all([
      page.waitForURL(new RegExp(`/console/cases/${trackingNumber}$`)),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.textContent('body')).toContain('Email received');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.url}/console/mail`);
    expect(await page.textContent('body')).toContain('Nothing to sort.');
    await page.close();
  });

  it('a letter for a postal customer is printed and posted from the console with the keyboard alone; the page passes axe', async () => {
    const filed = await postJson(
      server,
      '/api/v1/complaints',
      aComplaint({
        customer: {
          name: 'Paul Post',
          postalAddress: '12 Main St, Ottawa ON',
          type: 'residential',
          province: 'ON',
        },
        preferredContact: 'post',
      }),
    );
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/console/sign-in`);
    await page.getByLabel('Email address').fill(TEST_ADMIN.email);
    await page.getByLabel('Password').fill(TEST_ADMIN.password);
    await Promise.all([page.waitForURL(/\/console$/), page.getByRole('button', { name: 'Sign in' }).click()]);
    await Promise.all([
      page.waitForURL(/\/console\/letters$/),
      page.getByRole('link', { name: 'Letters to print' }).click(),
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.textContent('body')).toContain('Paul Post, 12 Main St, Ottawa ON');
    const pdfLink = page.getByRole('link', { name: 'Open the letter (PDF)' }).first();
    const pdf = await page.request.get(`${server.url}${await pdfLink.getAttribute('href')}`);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Mark printed' }).first().focus();
    await Promise.all([page.waitForURL(/\/console\/letters\?saved=1$/), page.keyboard.press('Enter')]);
    await page.getByRole('button', { name: 'Mark posted' }).first().focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.textContent('body')).toContain('No letters to print.');
    expect(await accessibilityViolations(page)).toEqual([]);
    const timeline = await page.request.get(`${server.url}/api/v1/cases/${trackingNumber}`);
    const types = ((await timeline.json()) as { timeline: { type: string }[] }).timeline.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['letter_printed', 'letter_posted']));
    await page.close();
  });
});
