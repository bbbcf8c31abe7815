// No import circles in src/ (the check the issue names: `madge --circular --extensions ts src`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const madge = path.join(root, 'node_modules/madge/bin/cli.js');

/** The circles madge finds under `dir`, each as a list of files relative to it. */
function circles(dir: string): string[][] {
  try {
    return JSON.parse(
      execFileSync(process.execPath, [madge, '--circular', '--json', '--extensions', 'ts', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as string[][];
  } catch (e) {
    // madge exits with 1 when it finds a circle; the list is still on stdout.
    const stdout = (e as { stdout?: string }).stdout;
    if (typeof stdout === 'string' && stdout.trim().startsWith('[')) return JSON.parse(stdout) as string[][];
    throw e;
  }
}

const key = (c: string[]) => c.join(' > ');

describe('import circles', () => {
  const found = circles(path.join(root, 'src'));

  it('src/ has none', () => {
    expect(found.map(key)).toEqual([]);
  });

  it('the check finds a circle when there is one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qc-cycle-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
      expect(circles(dir).map(key)).toEqual(['a.ts > b.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
