import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * State you can see (issue 15): caches, queues and wake-ups live on the application context, so
 * a module's top level holds only constants. This reads every file of src/ with the TypeScript
 * parser and lists each top-level `let`/`var`, and each top-level constant that is a fresh
 * collection (`new Map`, `new Set`, `new WeakMap`, `[]`) not declared read-only.
 */
const SRC = join(import.meta.dirname, '../../src');
const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function isFreshCollection(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  if (ts.isNewExpression(node))
    return ts.isIdentifier(node.expression) && COLLECTIONS.has(node.expression.text);
  return ts.isArrayLiteralExpression(node) && node.elements.length === 0;
}

function isReadOnlyType(node: ts.TypeNode | undefined): boolean {
  if (!node) return false;
  const text = node.getText();
  return /^(Readonly\w*<|readonly )/.test(text);
}

function moduleState(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const constant = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText();
      const line = source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
      const where = `${relative(SRC, file)}:${line} ${name}`;
      if (!constant) found.push(`${where} (let/var)`);
      else if (isFreshCollection(declaration.initializer) && !isReadOnlyType(declaration.type))
        found.push(`${where} (mutable collection)`);
    }
  }
  return found;
}

describe('no module-level mutable state in src/', () => {
  it('no top-level let, var or writable collection in any file of src/', () => {
    expect(sourceFiles(SRC).flatMap(moduleState)).toEqual([]);
  });

  it('the check finds the shapes it looks for', () => {
    const probe = join(import.meta.dirname, '../fixtures/module-state-probe.ts.txt');
    expect(moduleState(probe).map((found) => found.replace(/^.*:\d+ /, ''))).toEqual([
      'counter (let/var)',
      'memo (mutable collection)',
      'queue (mutable collection)',
    ]);
  });
});
