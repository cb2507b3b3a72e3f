// Functions stay small: none in src/ over MAX_LINES unless the comment right above it says why ("Long because …").
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Node } from 'typescript';

// required, not imported: an ES import of TypeScript's 9 MB CommonJS file scans it for exports (~2× the load time)
const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');

const MAX_LINES = 80;
const root = new URL('../../', import.meta.url).pathname;

/** Every function in a TypeScript source longer than `max` lines whose leading comments do not say why. */
export function longFunctions(fileName: string, text: string, max = MAX_LINES): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
      // the comment may sit above the function or above the statement that holds it (const f = () => …)
      const holder = ts.isVariableDeclaration(node.parent) ? node.parent.parent.parent : node;
      const comments = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
      const why = comments.some((c) => /\blong because\b/i.test(text.slice(c.pos, c.end)));
      if (lines > max && !why) found.push(`${fileName}:${lineOf(node.getStart())} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('the check finds a long function and accepts one whose comment says why', () => {
  const body = Array.from({ length: 90 }, (_, i) => `  x += ${i};`).join('\n');
  assert.equal(longFunctions('a.ts', `function f() {\n  let x = 0;\n${body}\n}\n`).length, 1);
  assert.equal(longFunctions('a.ts', `const g = () => {\n  let x = 0;\n${body}\n};\n`).length, 1);
  assert.deepEqual(longFunctions('a.ts', `// Long because it is one table.\nfunction f() {\n  let x = 0;\n${body}\n}\n`), []);
  assert.deepEqual(longFunctions('a.ts', 'function f() {\n  return 1;\n}\n'), []);
});

test(`no function in src/ is over ${MAX_LINES} lines without a comment saying why`, () => {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
  assert.ok(files.length > 50, 'src/ was read');
  const long = files.flatMap((f) => longFunctions(f.slice(root.length), readFileSync(f, 'utf8')));
  assert.deepEqual(long, []);
});
