// Public API of @amend/preview (the Node side: the server and the page build).
export { startPreview, createHandler, splitPath, DEFAULT_HOST, MAX_BODY } from './server.ts';
export type { PreviewOptions, PreviewServer, Roots } from './server.ts';
export { ensureBuilt, isStale, viteConfig, distDir, exampleDir, previewRoot } from './build.ts';
