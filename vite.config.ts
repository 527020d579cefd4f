/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { datasetPlugin } from './scripts/vite-dataset-plugin.ts';

export default defineConfig({
  // Deploy under a sub-path with BASE_PATH=/narratives/ npm run build.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), tailwindcss(), datasetPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    reporters: ['default', './tests/reporters/vitest-summary.ts'],
  },
});
