import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language.js';
import { en } from '../../src/i18n/en.js';
import { MESSAGES, translator } from '../../src/i18n/index.js';
import { fromAcceptLanguage, negotiateLanguage } from '../../src/i18n/negotiate-language.js';

describe('C12 messages in every language', () => {
  it.each(LANGUAGES)('C12 %s has exactly the English keys, none empty', (language) => {
    const messages = MESSAGES[language];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES)('C12 %s uses the same placeholders as English', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(MESSAGES[language][key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('nl');
    expect(t('site.footer.contact', { phone: '866-671-0111' })).toBe('Klachtenafdeling: 866-671-0111');
    expect(t('site.footer.contact')).toBe('Klachtenafdeling: {phone}');
  });
});

describe('choosing the language of a page', () => {
  it('prefers an explicit choice, then the remembered one, then the browser, then English', () => {
    expect(negotiateLanguage({ query: 'it', cookie: 'fr', acceptLanguage: 'nl' })).toBe('it');
    expect(negotiateLanguage({ query: undefined, cookie: 'fr', acceptLanguage: 'nl' })).toBe('fr');
    expect(negotiateLanguage({ query: 'xx', cookie: undefined, acceptLanguage: 'nl-BE,nl;q=0.9' })).toBe(
      'nl',
    );
    expect(negotiateLanguage({ query: undefined, cookie: undefined, acceptLanguage: 'de, ja' })).toBe('en');
  });

  it('reads Accept-Language weights', () => {
    expect(fromAcceptLanguage('de;q=1, it;q=0.4, fr-CA;q=0.8')).toBe('fr');
    expect(fromAcceptLanguage('fr;q=0, it')).toBe('it');
    expect(fromAcceptLanguage(';;;,,q=abc')).toBeUndefined();
  });
});
