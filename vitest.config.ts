// Unit, machine, engine, bot and CLI tests. Browser tests (tests/e2e) run through their own script, and
// the multi-process tests (tests/scale: real Redis, PostgreSQL, nginx) through `npm run test:scale`.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/scale/**', 'node_modules/**'],
    environment: 'node',
    // The statistical tests (claims, balance, the tournament's targets) play thousands of bot
    // games: under version 4's negotiation table about a minute each here, several on a busy
    // machine. A time-out is a hang detector, not a speed target (speed is in `npm run bench`).
    testTimeout: 400_000,
    hookTimeout: 400_000,
    pool: 'forks',
    // Vitest leaves one core to itself by default, which on a two-core machine runs the whole
    // suite in one worker; its own process is mostly idle, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
