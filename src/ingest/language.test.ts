import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isLetterCp } from '../nlp/chars.js';
import { asciiStopWordCounts, detectLanguage, isLetter, isPlainPunct, STOP_LANGS, stopWordCounts, trieStopWordCounts } from './language.js';

test('English news prose is English', () => {
  const g = detectLanguage('The foreign minister said on Monday that the two countries would resume talks as soon as possible, and that they had agreed to meet in person.');
  assert.equal(g.language, 'en');
});

test('German, French and Spanish prose are told apart from English', () => {
  assert.equal(detectLanguage('Der Außenminister sagte am Montag, dass die beiden Länder die Gespräche so bald wie möglich wieder aufnehmen werden.').language, 'de');
  assert.equal(detectLanguage('Le ministre a déclaré lundi que les deux pays reprendraient les discussions dans les plus brefs délais pour la paix.').language, 'fr');
  assert.equal(detectLanguage('El ministro dijo el lunes que los dos países reanudarían las conversaciones lo antes posible para la paz de la región.').language, 'es');
});

test('Korean and Russian are recognised by script', () => {
  assert.equal(detectLanguage('외교부는 수요일 양국 북핵 수석대표가 전화 통화를 했다고 밝혔다. 대화 재개의 필요성을 강조했다.').language, 'ko');
  assert.equal(detectLanguage('Министр иностранных дел заявил в понедельник, что обе страны возобновят переговоры.').language, 'ru');
});

test('a Korean name inside English prose keeps it English', () => {
  assert.equal(detectLanguage('Lee Do-hoon (이도훈) met his counterpart in Washington on Wednesday and the two discussed the situation on the peninsula at length.').language, 'en');
});

test('too little text gives no guess', () => {
  assert.equal(detectLanguage('Seoul').language, null);
});

// Stop words of every language in every case, glued to each other, to letters and to
// punctuation, with now and then a plain-punctuation or another character.
const asciiish = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...STOP_LANGS.keys()), weight: 10 },
      { arbitrary: fc.constantFrom(...STOP_LANGS.keys()).map((w) => w.toUpperCase()), weight: 5 },
      { arbitrary: fc.constantFrom(' ', ' ', ' ', ',', '.', '-', "'", '7', '@', '[', '`', '{', 'x', 'Q', 'zz', 'Z', '\n', '\u2019', '\u00a0', '\u2014'), weight: 10 },
      { arbitrary: fc.constantFrom('é', 'İ', '\u212a', 'ſ', '한'), weight: 1 },
    ),
    { maxLength: 50 },
  )
  .map((xs) => xs.join(''));

test('asciiStopWordCounts counts what stopWordCounts counts in the lower-cased text', () => {
  fc.assert(
    fc.property(fc.oneof(asciiish, asciiish, fc.string({ maxLength: 80 })), (s) => {
      const fast = asciiStopWordCounts(s);
      if (fast === null) {
        assert.ok([...s].some((ch) => ch.charCodeAt(0) >= 0x80 && !isPlainPunct(ch.charCodeAt(0))), JSON.stringify(s));
        return;
      }
      const letters = s.match(/[A-Za-z]/g)?.length ?? 0;
      if (letters < 20) assert.equal(fast.size, 0);
      else assert.deepEqual([...fast], [...stopWordCounts(s.toLowerCase())], JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
});

// Stop words of every language (accents and all), in both cases, glued to each other and to
// letters of no stop word, beyond the BMP and lone surrogates among them.
const wideish = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...STOP_LANGS.keys()), weight: 10 },
      { arbitrary: fc.constantFrom(...STOP_LANGS.keys()).map((w) => w.toUpperCase()), weight: 3 },
      { arbitrary: fc.constantFrom(' ', ' ', ',', '.', '-', '7', '\n', '\u2019', '\u00a0', 'x', 'Q', 'é', 'É', 'ß', 'İ', 'ı', 'ł', '\u212a', 'ſ', '한', 'ж', '𝐀', '𝐚', '\ud835', '\udc00', '\u0301'), weight: 8 },
    ),
    { maxLength: 40 },
  )
  .map((xs) => xs.join(''));

test('trieStopWordCounts counts what stopWordCounts counts, in any text', () => {
  fc.assert(
    fc.property(fc.oneof(wideish, wideish, asciiish, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })), (s) => {
      assert.deepEqual([...trieStopWordCounts(s)], [...stopWordCounts(s)], JSON.stringify(s));
      const lower = s.toLowerCase();
      assert.deepEqual([...trieStopWordCounts(lower)], [...stopWordCounts(lower)], JSON.stringify(lower));
    }),
    { numRuns: 5000 },
  );
});

test('isLetter (remembered for the BMP) is isLetterCp, asked twice, on every BMP code point and some astral ones', () => {
  for (const round of [0, 1]) {
    for (let cp = 0; cp < 0x10000; cp++) assert.equal(isLetter(cp), isLetterCp(cp), `${round}: ${cp}`);
    for (const cp of [0x10000, 0x1d400, 0x1f600, 0x20000, 0x10ffff]) assert.equal(isLetter(cp), isLetterCp(cp), `${round}: ${cp}`);
  }
});
