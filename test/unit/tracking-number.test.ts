import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateTrackingNumber,
  parseTrackingNumber,
  TRACKING_ALPHABET,
} from '../../src/domain/tracking-number.js';

const generate = () => generateTrackingNumber('RDX', randomInt);

describe('tracking numbers (C6)', () => {
  it('C6 look like RDX-XXXX-XXXX and avoid 0, O, 1, I and L', () => {
    for (let i = 0; i < 500; i++) {
      const number = generate();
      expect(number).toMatch(/^RDX-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(number.slice(4)).not.toMatch(/[01OIL]/);
    }
    expect(TRACKING_ALPHABET).toHaveLength(31);
  });

  it('C6 read back as valid, whatever the case, spaces or dashes a person types', () => {
    const number = generate();
    expect(parseTrackingNumber(number)).toEqual({ ok: true, value: number });
    const sloppy = ` ${number.toLowerCase().replaceAll('-', ' ')} `;
    expect(parseTrackingNumber(sloppy)).toEqual({ ok: true, value: number });
  });

  it('C6 every single wrong character is caught by the check character', () => {
    const number = generate();
    const compact = number.replaceAll('-', '').slice(3);
    for (let position = 0; position < compact.length; position++) {
      for (const symbol of TRACKING_ALPHABET) {
        if (symbol === compact[position]) continue;
        const typo = compact.slice(0, position) + symbol + compact.slice(position + 1);
        expect(parseTrackingNumber(`RDX${typo}`)).toEqual({
          ok: false,
          problem: 'TRACKING_NUMBER_CHECK_FAILED',
        });
      }
    }
  });

  it('C6 every swap of two neighbouring different characters is caught', () => {
    for (let n = 0; n < 50; n++) {
      const compact = generate().replaceAll('-', '').slice(3);
      for (let i = 0; i < compact.length - 1; i++) {
        if (compact[i] === compact[i + 1]) continue;
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        expect(parseTrackingNumber(`RDX${swapped}`).ok).toBe(false);
      }
    }
  });

  it('C6 are not sequential: 10,000 draws give 10,000 different numbers', () => {
    const drawn = new Set(Array.from({ length: 10_000 }, generate));
    expect(drawn.size).toBe(10_000);
  });

  it('refuses what is not a tracking number at all, before any lookup', () => {
    for (const input of ['', 'RDX', 'RDX-1234-5678', 'hello world', `RDX-${'A'.repeat(40)}`, '<script>']) {
      expect(parseTrackingNumber(input)).toEqual({ ok: false, problem: 'TRACKING_NUMBER_MALFORMED' });
    }
    // A dropped character is refused too (it reads as a shorter number with a wrong check character).
    // Fixed numbers: for a random one, the shortened number's check character matches by chance now and then.
    for (const digits of [0, 5, 17]) {
      const fixed = generateTrackingNumber('RDX', (n) => digits % n);
      expect(parseTrackingNumber(fixed.slice(0, -1)).ok, fixed).toBe(false);
    }
  });

  it('takes its prefix from settings and refuses a prefix that cannot be read aloud as letters', () => {
    expect(generateTrackingNumber('ACME', randomInt)).toMatch(/^ACME-/);
    expect(() => generateTrackingNumber('rd1', randomInt)).toThrow(RangeError);
  });
});
