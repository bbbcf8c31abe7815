// Unit, machine, engine, bot and CLI tests. Browser tests (tests/e2e) run through their own script.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The statistical tests (claims, balance) play thousands of bot games: a few seconds each
    // here, more on a busy CI machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest leaves one core to itself by default, which on a two-core machine runs the whole
    // suite in one worker; its own process is mostly idle, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
