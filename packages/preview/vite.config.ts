import { defineConfig } from 'vite';
import { viteConfig } from './scripts/build-page.ts';

// `npx vite build` and `npx vite` (dev server) use the same settings as the package build.
export default defineConfig({ ...viteConfig(), configFile: undefined });
