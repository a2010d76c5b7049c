import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built page lives. The page is built once, when the package is
 * built (scripts/build-page.ts), into dist/page, with the bundled example
 * beside it in dist/example; the server only reads them. Both hold from
 * src/ (tests) and from dist/ (the installed package): each is one level
 * below the package root.
 */
export const previewRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const pageDir = join(previewRoot, 'dist', 'page');
export const exampleDir = join(previewRoot, 'dist', 'example');
