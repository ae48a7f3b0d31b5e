// Part of `npm run build`: write the compiled caches that make start-up cheap
// (each is checked against its inputs when read, so a stale one is ignored).
import { writeDefaultDictionaryCache } from '../dist/actors/dictionary.js';
import { writeDefaultVerbCache } from '../dist/events/patterns/load-verbs.js';
import { writeCoreCache } from '../dist/nlp/wink.js';

writeDefaultDictionaryCache();
writeDefaultVerbCache();
writeCoreCache();
