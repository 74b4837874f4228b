/**
 * A green `npm test` means every check ran: no test file skips a suite or a test, by
 * condition or otherwise (`.skip`, `.skipIf`, `.runIf`, `.todo`), and none narrows the
 * run to itself (`.only`). A test that cannot run (no build, no browser) fails instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the test files', () => {
  it('skip nothing, by condition or otherwise', () => {
    const files = testFiles(TESTS);
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\b(?:describe|it|test|suite)(?:\.\w+)*\.(?:skip|skipIf|runIf|todo|only)\b/.test(line)
            ? [`${relative(TESTS, file)}:${String(i + 1)}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
