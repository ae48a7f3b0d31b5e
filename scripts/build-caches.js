// Part of `npm run build`: write the compiled caches that make start-up cheap
// (each is checked against its inputs when read, so a stale one is ignored),
// and bundle chrono's English parser and wink-nlp into one module each
// (dist/vendor/: one file to load instead of 52 and 45; src/bundled.ts falls
// back to the package when a bundle is absent).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeDefaultDictionaryCache } from '../dist/actors/dictionary.js';
import { lexiconCache } from '../dist/actors/recognize.js';
import { writeDefaultVerbCache } from '../dist/events/patterns/load-verbs.js';
import { writeCoreCache } from '../dist/nlp/wink.js';

writeDefaultDictionaryCache(lexiconCache);
writeDefaultVerbCache();
writeCoreCache();

// Dependencies bundled one module each (see src/bundled.ts).
const VENDOR = { 'chrono-en.js': 'chrono-node/en', 'wink-nlp.js': 'wink-nlp' };
let first = true;
for (const [file, pkg] of Object.entries(VENDOR)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('..', import.meta.url)),
    build: {
      lib: { entry: fileURLToPath(import.meta.resolve(pkg)), formats: ['es'], fileName: () => file },
      outDir: fileURLToPath(new URL('../dist/vendor', import.meta.url)),
      emptyOutDir: first,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
    },
  });
  first = false;
}
