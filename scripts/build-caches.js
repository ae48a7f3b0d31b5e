// Part of `npm run build`: write the compiled caches that make start-up cheap
// (each is checked against its inputs when read, so a stale one is ignored),
// and bundle chrono's English parser into one module (dist/vendor/chrono-en.js:
// one file to load instead of 52; src/time/find-date-expressions.ts falls back
// to the package when the bundle is absent).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeDefaultDictionaryCache } from '../dist/actors/dictionary.js';
import { writeDefaultVerbCache } from '../dist/events/patterns/load-verbs.js';
import { writeCoreCache } from '../dist/nlp/wink.js';

writeDefaultDictionaryCache();
writeDefaultVerbCache();
writeCoreCache();

await build({
  configFile: false,
  logLevel: 'warn',
  root: fileURLToPath(new URL('..', import.meta.url)),
  build: {
    lib: { entry: fileURLToPath(import.meta.resolve('chrono-node/en')), formats: ['es'], fileName: () => 'chrono-en.js' },
    outDir: fileURLToPath(new URL('../dist/vendor', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
  },
});
