import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first: they start first, so the short ones fill
 * the other workers meanwhile instead of leaving one long file to run alone at the end.
 * (Vitest orders by the durations of the last run when it has them; a fresh clone has none.)
 */
const LONGEST = ['tests/e2e/sweep.test.ts', 'tests/e2e/print.test.ts', 'tests/e2e/glance.test.ts', 'tests/e2e/search-answers.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = LONGEST.findIndex((name) => file.moduleId.endsWith(name));
      return i < 0 ? LONGEST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Four projects, picked by folder: unit and content need nothing, site reads the build
 * in dist/, browser drives Chromium over one served build. `npm test` (scripts/test.sh)
 * runs unit and content beside the build, then site and browser together.
 */
export default defineConfig({
  test: {
    // Generous: the machine may be shared; a hang still fails.
    testTimeout: 180_000,
    hookTimeout: 900_000,
    reporters: ['default'],
    // Browser test files mostly wait for Chromium; let them run side by side on 2 cores.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/require-build.ts'] },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/setup/browser.ts'] },
      },
    ],
  },
});
