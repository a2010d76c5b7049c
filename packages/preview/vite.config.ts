import { defineConfig } from 'vite';
import { viteConfig } from './src/build.ts';

// `npx vite build` and `npx vite` (dev server) use the same settings as `amend serve`.
export default defineConfig({ ...viteConfig(), configFile: undefined });
