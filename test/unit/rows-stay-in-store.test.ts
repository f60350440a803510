import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `import … from '…/store/…'` of a file: the names it imports. */
function namesImportedFromStore(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'[^']*\/store\/[^']*'/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .replace(/\btype\b/, '')
        .trim()
        .split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names;
}

describe('rows are mapped once, in src/store/', () => {
  const outside = sourceFiles(SRC).filter((file) => !relative(SRC, file).startsWith('store/'));

  it('no file outside src/store imports a row type (…Row, …Rows) from it', () => {
    const found = outside.flatMap((file) =>
      namesImportedFromStore(readFileSync(file, 'utf8'))
        .filter((name) => /Rows?$/.test(name))
        .map((name) => `${relative(SRC, file)}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('no file outside src/store names Selectable<…>, Insertable<…> or Updateable<…>', () => {
    const found = outside.filter((file) =>
      /\b(Selectable|Insertable|Updateable)</.test(readFileSync(file, 'utf8')),
    );
    expect(found.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('the check is real: it finds a row type imported from the store', () => {
    expect(
      namesImportedFromStore("import { type CaseRow, findCase } from '../../store/case-store.js';"),
    ).toContain('CaseRow');
  });
});
