import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Some suites read the shared corpus and seeds beside the repository
 * (../shared). In a clone without them those suites are left out, with a
 * note, and everything else still runs.
 */
const shared = fileURLToPath(new URL('../shared', import.meta.url));
const needShared = [
  'packages/cite/test/cite-annotated.test.ts',
  'packages/cite/test/cite-laws.test.ts',
  'packages/decision/test/corpus.test.ts',
  'packages/decision/test/instruction-lookahead.test.ts',
  'packages/decision/test/instruction-memo-corpus.test.ts',
  'packages/decision/test/instruction-scanner.test.ts',
  'packages/decision/test/quote-marks-feed.test.ts',
  'packages/decision/test/real-corpus.test.ts',
  'packages/decision/test/variants.test.ts',
  'packages/document/test/corpus.test.ts',
  'packages/document/test/seeds.test.ts',
  'packages/render/test/corpus.test.ts',
  'tests/draft-likeness.test.ts',
  'tests/draft-roundtrip.test.ts',
];
const hasShared = existsSync(shared);
if (!hasShared) console.warn(`note: ${shared} is absent; skipping ${needShared.length} corpus suites`);

export default defineConfig({
  // Tests run the packages' sources: `@amend/x` resolves to packages/x/src (the
  // "amend-source" export condition) rather than to the built dist/.
  resolve: { conditions: ['amend-source'] },
  ssr: { resolve: { conditions: ['amend-source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(hasShared ? [] : needShared)],
    testTimeout: 60_000,
    // Hooks that build outputs (apply, table, docx) share the two cores with everything else.
    hookTimeout: 60_000,
    pool: 'threads',
    setupFiles: ['tests/setup/fast-check-seed.ts'],
  },
});
