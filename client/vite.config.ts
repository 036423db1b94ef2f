/**
 * Client build: `vite build` writes client/dist (served by the Express app
 * in production); `vite` serves the client with /api proxied to the API
 * server (API_URL, default http://127.0.0.1:3000).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // Everything is bundled as files from 'self': the server's CSP allows no inline scripts.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: {
    port: Number(process.env['CLIENT_PORT'] ?? 5173),
    proxy: {
      '/api': { target: process.env['API_URL'] ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env['API_URL'] ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
