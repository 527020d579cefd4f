import { defineConfig } from '@playwright/test';

// Another port and build folder let two checkouts' tests run side by side (E2E_PORT, E2E_DIST).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

/**
 * End-to-end tests drive Debian's Chromium (a test tool's own browser download does not
 * work offline) against the built app, served by `vite preview` on 127.0.0.1.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 2,
  // Tests, not files, are shared out between the workers: a long file (the accessibility
  // checks) no longer runs alone on one worker at the end while the other waits.
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['./tests/reporters/playwright-summary.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    // A failed test keeps its trace (actions, DOM snapshots, network); the screencast beside
    // them, a frame encoded at every paint of every test, is left out.
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
