import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { manualClock } from '../support/app-context.js';
import { accessibilityViolations, launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';

let server: RunningService;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({}, { clock: manualClock('2026-11-20T15:00:00Z') }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function submit(page: Page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/complaints') && r.request().method() === 'POST'),
    page.getByRole('button', { name: /Versturen|Invia|Send|Envoyer/ }).click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return response;
}

describe('C2a C6 C12 filing through the public form', () => {
  it('C12 a Dutch customer files a complaint and reads the acknowledgement (axe-clean pages)', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', extraHTTPHeaders: { 'accept-language': 'nl' } });
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Een klacht indienen' }).click(); // one click from home
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await accessibilityViolations(page)).toEqual([]);
    const empty = await submit(page);
    expect(empty.status()).toBe(422);
    expect(await accessibilityViolations(page)).toEqual([]); // the page with its errors, too
    await page.screenshot({ path: '.tmp/form-errors.png', fullPage: true });

    await page.getByLabel('Uw naam').fill('Anneke de Vries');
    await page.getByLabel('E-mailadres').fill('anneke@example.nl');
    await page.getByLabel('Een particuliere klant').check();
    await page.getByLabel('Provincie of territorium').selectOption('ON');
    await page.getByLabel('Betreffende dienst').selectOption('internet');
    await page.getByLabel('Waar gaat het over?').selectOption('billing');
    await page.getByLabel('Wat is er gebeurd?').fill('Twee keer betaald voor oktober.');
    const response = await submit(page);
    expect(response.status()).toBe(303);

    expect(page.url()).toMatch(/\/complaints\/acknowledgement$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('We hebben uw klacht ontvangen');
    const trackingNumber = await page.getByTestId('tracking-number').textContent();
    expect(trackingNumber).toMatch(/^RDX-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await page.getByTestId('expected-date').textContent()).toBe(
      'We streven ernaar ons onderzoek af te ronden op 4 december 2026.',
    );
    expect(await page.locator('ol.procedure li').count()).toBe(5);
    expect(await page.content()).toContain('866-671-0111'); // C11 contact details
    await page.screenshot({ path: '.tmp/acknowledgement.png', fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A refresh shows the same acknowledgement; nothing is filed twice.
    await page.reload();
    expect(await page.getByTestId('tracking-number').textContent()).toBe(trackingNumber);
    await page.close();
  });

  it('C12 an Italian customer asks a question with a document attached', async () => {
    const page = await browser.newPage({ extraHTTPHeaders: { 'accept-language': 'it-IT,it;q=0.9' } });
    await page.goto(`${server.url}/complaints/new?kind=inquiry`);
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await page.getByLabel('Il tuo nome').fill('Giulia Rossi');
    await page.getByLabel('Indirizzo email').fill('giulia@example.it');
    await page.getByLabel('Una piccola impresa').check();
    await page.getByLabel('Servizio interessato').selectOption('voice');
    await page.getByLabel('Di cosa si tratta?').selectOption('contract');
    await page.getByLabel('Cosa è successo?').fill('Vorrei cambiare il mio piano.');
    await page.getByLabel(/^Documenti/).setInputFiles({
      name: 'contratto.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    const response = await submit(page);
    expect(response.status()).toBe(303);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Abbiamo ricevuto la tua domanda',
    );
    expect(await page.getByTestId('expected-date').textContent()).toBe(
      'Intendiamo risponderti entro il 25 novembre 2026.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('works with JavaScript off: a bad submission comes back (422) with errors next to the fields, values kept', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/complaints/new?lang=fr`);
    await page.getByLabel('Votre nom').fill('Luc Gagnon');
    await page.getByLabel('Adresse courriel').fill('pas-une-adresse');
    const refused = await submit(page);
    expect(refused.status()).toBe(422);
    expect(await page.locator('#error-summary').isVisible()).toBe(true);
    expect(await page.locator('#email-error').textContent()).toBe(
      'Entrez une adresse courriel comme nom@exemple.org.',
    );
    expect(await page.locator('#description-error').textContent()).toBe('Veuillez remplir ce champ.');
    expect(await page.getByLabel('Votre nom').inputValue()).toBe('Luc Gagnon'); // nothing typed is lost
    expect(await page.getByLabel('Adresse courriel').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Adresse courriel').fill('luc@example.ca');
    await page.getByLabel('Un client résidentiel').check();
    await page.getByLabel('Service concerné').selectOption('tv');
    await page.getByLabel('Objet').selectOption('service_delivery');
    await page.getByLabel('Que s’est-il passé ?').fill('Plus de signal depuis lundi.');
    const accepted = await submit(page);
    expect(accepted.status()).toBe(303);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Nous avons bien reçu votre plainte',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/complaints/new?lang=en`);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40 && (await focused()) !== id; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(id);
    };
    await tabTo('field-name');
    await page.keyboard.type('Kim Tremblay');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('field-email'); // the fields come in reading order
    await page.keyboard.type('kim@example.org');
    await tabTo('field-customerType-residential');
    await page.keyboard.press('Space');
    await tabTo('field-service');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('field-category');
    await page.keyboard.press('ArrowDown');
    await tabTo('field-description');
    await page.keyboard.type('Charged twice in October.');
    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('type'))) === 'submit') break;
      await page.keyboard.press('Tab');
    }
    await Promise.all([page.waitForURL(/acknowledgement$/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'We have received your complaint',
    );
    await page.close();
  });
});
