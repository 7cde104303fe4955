// Bundles the Teams tab (teams-app/src) into teams-app/dist/talentfinder. Relative asset URLs (`base: './'`):
// the same files are served under /teams/talentfinder/ by the local portal and by the Samen service.
// React 17 with the automatic JSX runtime, through Vite's own transform, as the portal's page is built.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: here('./dist/talentfinder'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Fluent marks modules 'use client' for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
