import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Built into web/dist, which `dyad serve` hands out as static files: relative
// asset paths (base './') and hash routes keep it working under any prefix.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [preact({ devtoolsInProd: false, prefreshEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  // `vite web` during development: the API comes from a running `dyad serve`.
  server: { proxy: { '/api': process.env.DYAD_API ?? 'http://127.0.0.1:8787' } },
});
