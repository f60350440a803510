import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLifecycleDoc } from '../../scripts/lifecycle-doc.js';

describe('the documented transition table', () => {
  it('docs/lifecycle.md matches the domain rules (run `npm run docs:lifecycle` after changing them)', () => {
    expect(readFileSync('docs/lifecycle.md', 'utf8')).toBe(renderLifecycleDoc());
  });
});
