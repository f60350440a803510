import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { accessibilityViolations, launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';

let server: RunningService;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the home page in a real browser', () => {
  it('C12 is accessible (axe-core, WCAG 2.2 AA) in every language', async () => {
    const page = await browser.newPage();
    for (const language of ['en', 'fr', 'nl', 'it']) {
      await page.goto(`${server.url}/?lang=${language}`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('C10 the complaints code and the independent-resolution pages are accessible in every language', async () => {
    const page = await browser.newPage();
    for (const path of ['/complaints-code', '/independent-resolution']) {
      for (const language of ['en', 'fr', 'nl', 'it']) {
        await page.goto(`${server.url}${path}?lang=${language}`);
        expect(await accessibilityViolations(page)).toEqual([]);
      }
    }
    // Linked from the footer of every customer page (English again: the switch remembered Italian).
    await page.goto(`${server.url}/complaints/new?lang=en`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Independent resolution' }).click();
    expect(page.url()).toMatch(/\/independent-resolution$/);
    await page.close();
  });

  it('the accessibility check is real: it catches a page with a missing alt text and language', async () => {
    const page = await browser.newPage();
    await page.setContent('<html><body><img src="data:image/png;base64,iVBORw0KGgo="></body></html>');
    const ids = (await accessibilityViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang']));
    await page.close();
  });

  it('works with the keyboard alone: skip link first, then the language switch', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);

    await page.goto(`${server.url}/`);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Français') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=fr/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // The choice is remembered on the next visit.
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.close();
  });

  it('works with JavaScript switched off and at phone width without horizontal scrolling', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('link', { name: 'Make a complaint' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '.tmp/home-phone.png', fullPage: true });
    const context2 = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const measured = await context2.newPage();
    await measured.goto(`${server.url}/`);
    const overflow = await measured.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
    await context2.close();
  });
});
