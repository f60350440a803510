import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail } from '../../src/notify/mime-message.js';

const mail = {
  messageId: '<4a8cf360-5288-417c-97af-9f7c22a5fde9@provider.example>',
  from: 'Service des plaintes, Provider Inc. <complaints@provider.example>',
  to: 'Zoë Tremblay-Côté <zoe@example.org>',
  subject: 'Accusé de réception de votre plainte — RDX-2Z2H-6SAT (réponse attendue le 15 décembre 2026)',
  text: `Bonjour Zoë,\n\n${'Nous avons bien reçu votre plainte. '.repeat(12)}\n<script>alert(1)</script>`,
  html: '<p>Bonjour Zo&euml;, nous avons bien reçu votre plainte.</p>',
  language: 'fr',
};

describe('an email as MIME text', () => {
  it('C6 reads back whole: French subject and names, both versions, language, Message-ID, date', async () => {
    const { raw } = await composeMail(mail, new Date('2026-12-01T15:04:05Z'));
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.from?.value).toEqual([
      { name: 'Service des plaintes, Provider Inc.', address: 'complaints@provider.example' },
    ]);
    expect(parsed.to && !Array.isArray(parsed.to) && parsed.to.value).toEqual([
      { name: 'Zoë Tremblay-Côté', address: 'zoe@example.org' },
    ]);
    expect(parsed.text?.trim()).toBe(mail.text.trim());
    expect(parsed.html).toContain(mail.html);
    expect(parsed.messageId).toBe(mail.messageId);
    expect(parsed.headers.get('content-language')).toBe('fr');
    expect(parsed.date?.toISOString()).toBe('2026-12-01T15:04:05.000Z');
  });

  it('keeps every header line within 78 characters and uses CRLF line ends', async () => {
    const raw = (await composeMail(mail, new Date())).raw.toString('utf8');
    const lines = raw.split('\r\n');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('gives each message its own boundary, and the envelope the bare addresses', async () => {
    const boundary = async () =>
      /boundary="([^"]+)"/.exec((await composeMail(mail, new Date())).raw.toString())?.[1];
    expect(await boundary()).not.toBe(await boundary());
    const { envelope } = await composeMail(mail, new Date());
    expect(envelope).toEqual({ from: 'complaints@provider.example', to: ['zoe@example.org'] });
  });
});
