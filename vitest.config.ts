import { defineConfig } from 'vitest/config';

/**
 * Four projects, picked by folder: unit and content need nothing, site reads the build
 * in dist/, browser drives Chromium over one served build. The first three run together;
 * browser runs after them (groupOrder), so a fast failure shows first.
 */
export default defineConfig({
  test: {
    // Generous: the machine may be shared; a hang still fails.
    testTimeout: 180_000,
    hookTimeout: 900_000,
    reporters: ['default'],
    // Browser test files mostly wait for Chromium; let them run side by side on 2 cores.
    maxWorkers: 3,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/require-build.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/browser.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
