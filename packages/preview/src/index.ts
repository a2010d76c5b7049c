// Public API of @amend/preview (the Node side): the server, and where its built page and bundled example are.
export { startPreview, createHandler, splitPath, DEFAULT_HOST, MAX_BODY } from './server.ts';
export type { PreviewOptions, PreviewServer, Roots } from './server.ts';
export { pageDir, exampleDir } from './paths.ts';
