// Bundles the portal's two pages (portal/src/page) into portal/dist/page; the portal server serves them:
// index.html, the SharePoint-like page, and teams.html, the Teams-like frame (at /teams/). React is one shared chunk.
// React 17 with the automatic JSX runtime, through Vite's own transform (no React plugin needed).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/page'),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: here('./dist/page'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { index: here('./src/page/index.html'), teams: here('./src/page/teams.html') },
      // What both pages load (React, the dev sign-in): named for that, not after whichever module came first.
      output: { chunkFileNames: 'assets/shared-[hash].js' },
      // Fluent marks modules 'use client' for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
