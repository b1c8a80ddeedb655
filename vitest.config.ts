import { defineConfig } from 'vitest/config';

// Four suites, one `npm test`: pure modules, the built dist/ (tests/build-output), Chromium against dist/,
// and the engines suite: the main paths in Chromium, Firefox and WebKit (BROWSERS selects; all three by default).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build-output',
          include: ['tests/build-output/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium per file is plenty on a two-core machine.
          fileParallelism: false,
          // After the other suites: fixture builds competing for two cores would make timings flaky.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          // Builds dist/ (shared with the suites above), checks the selected browsers are installed,
          // and starts Xvfb and WebKitWebDriver for WebKit.
          globalSetup: ['tests/helpers/engines/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
