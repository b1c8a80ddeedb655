import { defineConfig } from 'vitest/config';

// Three suites, one `npm test`: pure modules, the built dist/ (tests/build-output), and Chromium against dist/.
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
    ],
  },
});
