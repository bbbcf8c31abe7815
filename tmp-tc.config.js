import base from '/work/wt/hygiene/eslint.config.js';
import tseslint from 'typescript-eslint';
export default [
  ...base,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['src/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'] })),
  { files: ['src/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: '/work/wt/hygiene' } } },
];
