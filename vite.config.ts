/**
 * Vite 8 (Rolldown) build for the browser game. `assets/` is served as the public dir, so the map
 * and audio files keep their paths (`data/east-asia.json`, `audio/*.ogg`); Phaser gets its own
 * chunk so the small app chunk can change without busting the big, rarely changing one.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The game, and the classroom pages (teacher console, join page, debrief, the what-if lab), which live with their
 * code under src/classroom/pages/; the classroom server gives them their short addresses.
 */
const pages = {
  index: resolve(import.meta.dirname, 'index.html'),
  teacher: resolve(import.meta.dirname, 'src/classroom/pages/teacher.html'),
  join: resolve(import.meta.dirname, 'src/classroom/pages/join.html'),
  debrief: resolve(import.meta.dirname, 'src/classroom/pages/debrief.html'),
  lab: resolve(import.meta.dirname, 'src/classroom/pages/lab.html'),
};

export default defineConfig({
  base: './',
  publicDir: 'assets',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Phaser alone is ≈ 1.37 MB before gzip; the budget is checked by `npm run bench:web`.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: pages,
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](xstate|howler|zod|lz-string)[\\/]/ },
          ],
        },
      },
    },
  },
});
