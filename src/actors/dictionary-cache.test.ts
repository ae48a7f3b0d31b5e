import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { docFromParagraphs } from '../article/build-doc.js';
import { tokenizeDoc } from '../nlp/tokenize.js';
import { dictionaryCacheKey, readDictionaryCache, writeDictionaryCache } from './dictionary-cache.js';
import { compileDictionaries, loadDefaultEntries, type ActorDictionaries } from './dictionary.js';
import { lexiconCache, recognizeActors, type LexiconCache } from './recognize.js';

function codes(d: ActorDictionaries, text: string): string[] {
  const doc = docFromParagraphs({ id: 't' }, [text]);
  tokenizeDoc(doc);
  return recognizeActors(doc, d, { homeCountry: null, date: '2020-09-02' }).map((m) => `${m.text}=${m.actor?.code ?? '-'}:${m.role}`);
}

test('dictionaries read back from the cache recognise what the compiled ones do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-cache-'));
  try {
    const file = join(dir, 'd.bin');
    const compiled = compileDictionaries(loadDefaultEntries());
    writeDictionaryCache('k1', compiled, file);
    const back = readDictionaryCache('k1', file);
    assert.ok(back);
    assert.equal(back.entries.length, compiled.entries.length);
    assert.equal(back.trie.size, compiled.trie.size);
    // "President Moon" goes through the surname map; the people share their roles.
    for (const text of ['Kim Jong-un met President Moon in Pyongyang.', 'The U.S. State Department and the Korea Herald said Seoul agreed.']) {
      assert.deepEqual(codes(back, text), codes(compiled, text));
    }
    const moon = back.surnames.get('moon') ?? [];
    assert.ok(moon.length > 0 && moon.every((e) => back.entries.includes(e)), 'surname entries are the entries themselves');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache made from other inputs, a missing one or a broken one is not used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-cache-'));
  try {
    const file = join(dir, 'd.bin');
    writeDictionaryCache('k1', compileDictionaries(loadDefaultEntries()), file);
    assert.equal(readDictionaryCache('k2', file), null);
    assert.equal(readDictionaryCache('k1', join(dir, 'missing.bin')), null);
    writeFileSync(file, 'not a cache');
    assert.equal(readDictionaryCache('k1', file), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache key changes with any dictionary text', () => {
  assert.notEqual(dictionaryCacheKey(['a\tb\n']), dictionaryCacheKey(['a\tc\n']));
  assert.equal(dictionaryCacheKey(['a\tb\n']), dictionaryCacheKey(['a\tb\n']));
});

test('the lexicon kept in the cache is the one the recogniser builds, and is used only for its own dictionaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-cache-'));
  try {
    const file = join(dir, 'd.bin');
    const compiled = compileDictionaries(loadDefaultEntries());
    writeDictionaryCache('k1', { ...compiled, lexicon: lexiconCache(compiled) }, file);
    const back = readDictionaryCache('k1', file)!;
    const built = lexiconCache(compileDictionaries(loadDefaultEntries()));
    const kept = back.lexicon as LexiconCache;
    assert.deepEqual(kept.lex, built.lex);
    assert.deepEqual(kept.trie, built.trie);
    assert.deepEqual(kept.step, built.step);
    assert.deepEqual(kept.firsts.check, built.firsts.check);
    assert.deepEqual(
      kept.firsts.entry.map((e) => e && e.source),
      built.firsts.entry.map((e) => e && e.source),
    );
    assert.ok(kept.firsts.entry.every((e) => e === null || back.entries.includes(e)), 'first entries are the entries themselves');
    const text = 'Kim Jong-un met President Moon and Mr. Biegun of the State Department in the two Koreas.';
    assert.deepEqual(codes(back, text), codes(compiled, text));
    // Dictionaries that differ from the ones the lexicon was made for (one phrase more) build their own.
    const other = readDictionaryCache('k1', file)!;
    other.trie.add(['zyxwv', 'ministry'], { ...other.entries[0]!, name: 'Zyxwv Ministry' });
    assert.ok(codes(other, 'The Zyxwv Ministry said so.').some((c) => c.startsWith('Zyxwv Ministry=')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
