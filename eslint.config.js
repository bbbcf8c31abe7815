// Lint rules for Quiet Channel. The core (model, machine, engine, codec, bots) must stay pure:
// no rendering, audio or Node imports, no clocks and no Math.random, so that it runs unchanged
// in the browser, the CLI, the tests and the server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layersPlugin } from './eslint.layers.js';

// Type-aware rules (typescript-eslint's recommended-type-checked) for the TypeScript the project
// ships and tests; config files and scripts get the plain rules only.
const typed = ['src/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'];
const coreDirs = ['src/model/**', 'src/machine/**', 'src/engine/**', 'src/codec/**', 'src/bots/**'];
const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/e2e/artifacts/**', 'assets/**', 'tmp/**', 'classroom-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: typed })),
  {
    files: typed,
    // The project service opens tsconfig.json, a solution over tsconfig.app.json and tsconfig.node.json.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `async` without `await` is how the stores and handlers implement promise-returning
      // interfaces, so that a throw becomes a rejection; the rule would have us change that.
      '@typescript-eslint/require-await': 'off',
      // Re-rejecting what a `catch` caught (an `unknown`) is fine.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read parsed JSON, damaged saves and page results on purpose, as `any`: the no-unsafe
      // rules would ask for a cast on every line without finding anything.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Which folder of src/ may import which: the layer graph in eslint.layers.js.
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed': 'error' },
  },
  {
    files: ['src/**'],
    ignores: ['src/ui/**', 'src/audio/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'phaser', message: 'Only src/ui may import phaser.' },
            { name: 'howler', message: 'Only src/audio may import howler.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/audio/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'phaser', message: 'Only src/ui may import phaser.' }] }],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'howler', message: 'Only src/audio may import howler.' }] }],
    },
  },
  {
    files: ['src/cli/**', 'src/server/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/ui/**', 'src/audio/**', 'src/main.ts', 'src/app/**', 'src/net/**', 'src/classroom/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: coreDirs,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'phaser', message: 'Only src/ui may import phaser: the core stays headless.' },
            { name: 'howler', message: 'Only src/audio may import howler: the core stays headless.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The core runs in the browser too: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The core runs in the browser too: no Node built-ins.' },
            { group: ['**/ui/**', '**/audio/**', '**/cli/**', '**/server/**'], message: 'The core never depends on an adapter.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'All chance comes from the seeded generator in the game state.' },
        { object: 'Date', property: 'now', message: 'The core has no clock.' },
        { object: 'performance', property: 'now', message: 'The core has no clock.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The core has no DOM.' },
        { name: 'document', message: 'The core has no DOM.' },
        { name: 'localStorage', message: 'The core has no storage.' },
        { name: 'setTimeout', message: 'The core has no timers.' },
        { name: 'setInterval', message: 'The core has no timers.' },
        { name: 'process', message: 'The core runs in the browser too.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'The core has no clock.' }],
    },
  },
  {
    // One concept per file: a source file over 400 lines is a file to split. Data tables and
    // translations are long by nature and are left out.
    files: ['src/**/*.ts'],
    ignores: ['src/i18n/game/**', 'src/i18n/ui/**', 'src/model/data/**'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
);
