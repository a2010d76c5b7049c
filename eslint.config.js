// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Lint, and the boundaries between the stages. Dependencies point one way:
 * model ← document ← decision ← engine ← render ← cite, with pipeline, draft,
 * cli and preview on top. A stage imports only the stages before it, never another
 * package's files by path, and the pure stages (everything the page bundles)
 * use no Node API. A package not listed here may import any stage; no stage
 * may import it.
 */
const STAGES = {
  model: [],
  document: ['model'],
  decision: ['model', 'document'],
  engine: ['model', 'document', 'decision'],
  render: ['model', 'document', 'decision', 'engine'],
  cite: ['model', 'document', 'decision', 'engine', 'render'],
  store: ['model', 'document'],
  word: ['model', 'document'],
  pipeline: ['model', 'document', 'decision', 'engine', 'render'],
  draft: ['model', 'document', 'decision', 'engine', 'render'],
  preview: ['model', 'document', 'decision', 'engine', 'render', 'pipeline', 'word', 'draft'],
};
/** Bundled into the preview page: no Node built-ins. */
const PURE = ['model', 'document', 'decision', 'engine', 'render', 'cite', 'pipeline', 'draft'];

const intoAnotherPackage = {
  regex: String.raw`^(\.\./)+(packages/)?[a-z-]+/(src|dist|test)(/|$)`,
  message: 'Import another package by its name (@amend/…), never by path.',
};

const boundaries = Object.entries(STAGES).map(([name, allowed]) => ({
  files: [`packages/${name}/src/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@amend/*', ...allowed.map((a) => `!@amend/${a}`)],
            message: `@amend/${name} may import only ${allowed.length ? allowed.map((a) => '@amend/' + a).join(', ') : 'no other package'} (see eslint.config.js).`,
          },
          intoAnotherPackage,
          ...(PURE.includes(name) ? [{ group: ['node:*'], message: 'This stage also runs in the browser: no Node built-ins.' }] : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'out/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      // The type check already reports these, with the project's settings.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      // The texts are Chinese: the ideographic space (U+3000) belongs in strings, patterns and comments.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
      // Control characters are matched on purpose (sanitising titles, XML); Markdown tables in tests spell out their spaces.
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      // Escapes inside character classes ([\[（]) are kept where they read more clearly.
      'no-useless-escape': 'off',
      'no-fallthrough': ['error', { allowEmptyCase: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
    },
  },
  // Every package, the ones not listed in STAGES too: no reaching into another by path.
  { files: ['packages/*/src/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [intoAnotherPackage] }] } },
  ...boundaries,
  {
    files: ['packages/preview/src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@amend/cli', '@amend/preview'], message: 'The page imports the stages and the pipeline only.' },
            { group: ['node:*'], message: 'The page runs in the browser: no Node built-ins.' },
            intoAnotherPackage,
          ],
        },
      ],
    },
  },
);
