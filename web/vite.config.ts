// The dashboard's build: Preact, built into web/dist, which `parley serve` serves at /.
// `npx vite web` runs a dev server that forwards /api to a `parley serve` on port 4600.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:4600' } },
});
