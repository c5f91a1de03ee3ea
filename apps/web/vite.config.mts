/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
/** `@mouvement/web-*` and `@mouvement/shared-*` from tsconfig.base.json; the web app never sees API code. */
const alias = Object.entries(tsconfig.compilerOptions.paths)
  .filter(([name]) => name.startsWith('@mouvement/web-') || name.startsWith('@mouvement/shared-'))
  .flatMap(([name, [target]]) => [
    { find: `${name}/styles.css`, replacement: resolve(root, dirname(target), 'styles.css') },
    { find: new RegExp(`^${name}$`), replacement: resolve(root, target) },
  ]);

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: resolve(root, 'node_modules/.vite/web'),
  plugins: [react()],
  resolve: { alias },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/health': 'http://localhost:3000',
      '/auth': 'http://localhost:3000',
    },
  },
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/web/**/src/**/*.spec.{ts,tsx}'],
    setupFiles: [resolve(import.meta.dirname, 'src/test-setup.ts')],
    css: false,
    globals: true,
  },
});
