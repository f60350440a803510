import { describe, expect, it } from 'vitest';
import { mailDomain } from '../../src/config.js';
import {
  isAutomatic,
  replyAddress,
  trackingNumberOfAddress,
  trackingNumbersIn,
} from '../../src/domain/inbound-mail.js';
import { maskEmailsIn } from '../../src/domain/personal-data.js';
import { generateTrackingNumber } from '../../src/domain/tracking-number.js';
import { safeFileName } from '../../src/jobs/parse-inbound.js';

const tn = generateTrackingNumber('RDX', (n) => 3 % n);
const wrongCheck = `${tn.slice(0, -1)}${tn.endsWith('2') ? '3' : '2'}`;

describe('issue 16 which case an email belongs to', () => {
  it('finds tracking numbers in a subject in any case and spacing, only with a right check character', () => {
    expect(trackingNumbersIn(`Re: my case ${tn.toLowerCase()} again`)).toEqual([tn]);
    expect(trackingNumbersIn(`Re: ${tn.replace(/-/g, ' ')}`)).toEqual([tn]);
    expect(trackingNumbersIn(`Re: ${wrongCheck}`)).toEqual([]);
  });

  it('reads a plus-address of the inbound address only', () => {
    expect(
      trackingNumberOfAddress(
        `complaints+${tn.toLowerCase()}@provider.example`,
        'complaints@provider.example',
      ),
    ).toBe(tn);
    expect(trackingNumberOfAddress(`other+${tn}@provider.example`, 'complaints@provider.example')).toBeNull();
    expect(
      trackingNumberOfAddress(`complaints+${wrongCheck}@provider.example`, 'complaints@provider.example'),
    ).toBeNull();
    expect(replyAddress('complaints@provider.example', tn, true)).toBe(`complaints+${tn}@provider.example`);
    expect(replyAddress('complaints@provider.example', tn, false)).toBe('complaints@provider.example');
  });

  it('knows mail a machine sent', () => {
    expect(isAutomatic({ autoSubmitted: 'auto-replied' })).toBe(true);
    expect(isAutomatic({ autoSubmitted: 'no' })).toBe(false);
    expect(isAutomatic({ precedence: 'bulk' })).toBe(true);
    expect(isAutomatic({ precedence: 'auto_reply' })).toBe(true);
    expect(isAutomatic({ xAutoreply: 'yes' })).toBe(true);
    expect(isAutomatic({ xAutorespond: '' })).toBe(true);
    expect(isAutomatic({})).toBe(false);
  });

  it('keeps no folders or control characters in an attachment’s name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\boot.ini')).toBe('boot.ini');
    expect(safeFileName('bad\u0000name\u0007.pdf')).toBe('badname.pdf');
    expect(safeFileName('..')).toBe('attachment');
    expect(safeFileName(undefined)).toBe('attachment');
  });

  it('C4 masks the addresses of a message on screen, but not the organisation’s own', () => {
    expect(maskEmailsIn('Rosa Lopez <rosa@example.org>', ['complaints@provider.example'])).toBe(
      'Rosa Lopez <r•••@example.org>',
    );
    expect(maskEmailsIn('Provider <complaints@provider.example>', ['complaints@provider.example'])).toBe(
      'Provider <complaints@provider.example>',
    );
    expect(maskEmailsIn('a@x.org, b@y.org', [])).toBe('a•••@x.org, b•••@y.org');
  });

  it('takes the Message-ID domain from MAIL_FROM with or without a display name', () => {
    expect(mailDomain('Provider <Complaints@Provider.Example>')).toBe('provider.example');
    expect(mailDomain('complaints@provider.example')).toBe('provider.example');
    expect(mailDomain('nobody')).toBe('localhost');
  });
});
