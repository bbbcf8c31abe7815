// The layer rule (eslint.layers.js) on small files placed in each folder: an import the graph
// allows passes, one it forbids is reported, so the rule cannot quietly accept everything.
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layersPlugin } from '../../eslint.layers.js';

const root = path.resolve(import.meta.dirname, '../..');
const linter = new Linter({ cwd: root });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed': 'error' },
  },
];

function problems(file: string, source: string): string[] {
  return linter.verify(source, config, { filename: path.join(root, file) }).map((m) => m.message);
}

describe('the layer graph', () => {
  it.each([
    ['src/machine/x.ts', "import { a } from '../model/types';"],
    ['src/engine/x.ts', "import { a } from '../codec/save';"],
    ['src/engine/x.ts', "import { chooseMove } from '../bots/choose';"],
    ['src/bots/strategist.ts', "import { a } from '../engine/runner';"],
    ['src/engine/x.ts', "import { logReason } from '../i18n/log';"],
    ['src/i18n/x.ts', "import type { a } from '../bots/reasons';"],
    ['src/app/saves/x.ts', "import { a } from '../../engine/runner';"],
    ['src/ui/board/x.ts', "import { a } from '../../app/session';"],
    ['src/server/x.ts', "import { a } from '../i18n';"],
    ['src/audio/x.ts', "import type { Cue } from '../app/cues';"],
    ['src/main.ts', "import { session } from './app/session';"],
    ['src/model/data/x.ts', "import { a } from '../types';"],
  ])('%s may: %s', (file, source) => {
    expect(problems(file, source)).toEqual([]);
  });

  it.each([
    ['src/model/x.ts', "import { err } from '../codec/result';", 'model may not import codec/result'],
    ['src/model/data/x.ts', "import { a } from '../../machine/events';", 'model may not import machine/events'],
    ['src/machine/x.ts', "import { a } from '../engine/runner';", 'machine may not import engine/runner'],
    ['src/engine/x.ts', "import { a } from '../app/session';", 'engine may not import app/session'],
    ['src/engine/x.ts', "import { a } from '../bots/strategist';", 'engine may not import bots/strategist'],
    ['src/bots/choose.ts', "import { a } from '../engine/runner';", 'bots/choose may not import engine/runner'],
    ['src/bots/x.ts', "import { t } from '../i18n';", 'bots may not import i18n'],
    ['src/engine/x.ts', "import { t } from '../i18n';", 'engine may not import i18n'],
    ['src/codec/x.ts', "export { a } from '../engine/hash';", 'codec may not import engine/hash'],
    ['src/cli/x.ts', "import { a } from '../server/store';", 'cli may not import server/store'],
    ['src/server/x.ts', "import { a } from '../app/session';", 'server may not import app/session'],
    ['src/net/x.ts', "const m = import('../ui/game');", 'net may not import ui/game'],
    ['src/audio/x.ts', "import { session } from '../app/session';", 'audio may not import app/session'],
    ['src/newfolder/x.ts', "import { a } from '../model/types';", 'newfolder is not in the layer graph'],
  ])('%s may not: %s', (file, source, message) => {
    const found = problems(file, source);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });
});
