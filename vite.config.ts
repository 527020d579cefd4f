/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { datasetPlugin } from './scripts/vite-dataset-plugin.ts';

export default defineConfig(({ command }) => ({
  // Deploy under a sub-path with BASE_PATH=/narratives/ npm run build.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), tailwindcss(), datasetPlugin()],
  resolve: {
    // React Router's package exports name only its development build, which keeps its
    // development warnings and checks; the app ships the production build beside it.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The modules both the first page and the lazy pages use travel as one file rather
        // than five small ones, each of which cost a request before the first page renders.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /node_modules[\\/](react|react-router)[\\/]|src[\\/](domain[\\/](dates|order|vocabulary)\.ts|url[\\/]app-link\.tsx)$/,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    reporters: ['default', './tests/reporters/vitest-summary.ts'],
    // Vitest leaves a core to itself by default, which on a two-core machine is one worker for
    // every file; its own process mostly waits, so both cores run tests.
    maxWorkers: 2,
    // Starting jsdom costs about a second per file: the pure logic (src/domain, scripts) runs
    // in plain Node, and only what renders or reads the page gets a document.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
}));
