import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { contactByline } from '../src/article/byline.js';
import { splitCredit } from '../src/article/caption.js';
import { isDebrisLine } from '../src/article/debris.js';
import { refDebris } from './ref-article.js';
import { endsSentence, key } from '../src/article/text-article.js';
import { asciiStopWordCounts, detectLanguage, isPlainPunct, type LanguageGuess, STOP_LANGS, stopWordCounts } from '../src/ingest/language.js';
import { countWordRuns, isJsSpace, isLetterCp, isLetterOrDigitCp, splitCount } from '../src/nlp/chars.js';
import { anyText } from './property-gen.js';

// The scans that replaced regexes in per-line and per-word loops (for speed)
// must answer exactly as the regexes did. Each is checked against the regex
// form it replaced, on arbitrary text and on text made of the pieces the
// scans treat specially (spaces of every kind, quotes, surrogate pairs, lone
// surrogates, letters whose lower case changes length, credit and cookie words).

const PIECES = [
  'a', 'Z', 'q', '7', ' ', ' ', '  ', '\t', '\n', '\r', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028',
  '‘', '’', '“', '”', '"', "'", '.', '!', '?', '…', ')', ']', '(', '[', ',', ':', '/', '|', '-', '+', '@', '©',
  'É', 'ß', 'İ', 'ǅ', 'ı', 'Ω', '한', 'ア', '中', 'ж', '٣', '\u0301', '𝐀', '😀', '\ud800', '\udc00',
  'photo', 'Photo: ', 'credit', '(AP Photo/Ann Lee)', '[Reuters]', 'Photo by Kim Lee', ' / AFP', '(Yonhap)', 'cookies', 'use', 'Back', 'to', 'Top',
  'the', 'and', 'der', 'und', 'de', 'el', 'la', 'och', 'yang', 'mail@example.org', 'By ', 'Copyright', 'all rights reserved',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const texts = fc.oneof(anyText, pieced, pieced);
const runs = { numRuns: 400 };

test('char classes match their regexes on every BMP code unit and some astral code points', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `\\s ${c}`);
  for (const cp of [0, 65, 0xaa, 0x1f600, 0x1d400, 0x20000, 0x10ffff, ...Array.from({ length: 2000 }, (_, i) => i * 37)]) {
    const ch = String.fromCodePoint(cp);
    assert.equal(isLetterCp(cp), /^\p{L}$/u.test(ch), `\\p{L} ${cp}`);
    assert.equal(isLetterOrDigitCp(cp), /^[\p{L}\p{N}]$/u.test(ch), `[\\p{L}\\p{N}] ${cp}`);
  }
});

test('splitCount and countWordRuns count what split and match did', () => {
  fc.assert(
    fc.property(texts, fc.integer({ min: 1, max: 8 }), (s, limit) => {
      assert.equal(splitCount(s), s.split(/\s+/).length);
      const n = s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      assert.equal(countWordRuns(s), n);
      assert.equal(countWordRuns(s, limit), Math.min(n, limit));
    }),
    runs,
  );
});

test('line keys and sentence ends are those of the regex forms', () => {
  const refKey = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  fc.assert(
    fc.property(texts, (s) => {
      assert.equal(key(s), refKey(s));
      assert.equal(endsSentence(s), /[.!?…]["”’)\]]*$/.test(s));
    }),
    runs,
  );
  assert.equal(key('Talks End In Seoul'), 'talks end in seoul');
  assert.equal(key(' Talks  end\u2019s '), "talks end's");
});

// The regex forms these functions had before their cheap prechecks and scans.
const BRACKET = /\s*[(\[]\s*((?:(?:photo|image|picture|file photo|courtesy|credit)s?(?: by)?\s*[:/-]?\s*)?[\p{Lu}0-9][\p{L}0-9.'’&-]*(?:[ /]+(?:[\p{Lu}0-9][\p{L}0-9.'’&-]*|via|for|of|and))*)\s*[)\]]\s*$/u;
const LABEL = /\s*(?:[|/–—-]\s*)?(?:photo|image|picture|photograph|credit|courtesy)s?(?: by)?\s*[:/]\s*([\p{Lu}0-9][\p{L}0-9.'’&-]*(?:[ /]+(?:[\p{Lu}0-9][\p{L}0-9.'’&-]*|via|for|of|and))*)\s*\.?$/iu;
const SLASH = /\s*\/\s*((?:AFP|AP|Reuters|EPA|Getty Images|Xinhua|Yonhap|Kyodo|Bloomberg|Shutterstock|iStock)(?:[ /][\p{L}.-]+)*)\s*$/u;
const CONTACT = /^([^()]{3,60})\s*\(\s*[\w.+-]+@[\w.-]+\s*\)\s*$/;

function refStopWordCounts(lower: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = /\p{L}+/gu;
  for (let m = words.exec(lower); m; m = words.exec(lower)) {
    const langs = STOP_LANGS.get(m[0]);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return counts;
}

// Navigation words, cookie notices and many-word lines, to reach every branch of isDebrisLine.
const NAV = ['Back', 'to', 'Top', 'share', 'this', 'article', 'Print', 'Email', 'e-mail', 'a+', 'don\'t', 'Advertisement', 'Related', 'Read more'];
const debrisLines = fc.oneof(
  texts,
  fc.array(fc.constantFrom(...NAV, ' | ', '•'), { maxLength: 12 }).map((xs) => xs.join(' ')),
  // Five to ten navigation words with one other word somewhere (or none): the 8-word bound.
  fc
    .tuple(fc.array(fc.constantFrom(...NAV.filter((w) => !w.includes(' '))), { minLength: 5, maxLength: 10 }), fc.nat(10), fc.constantFrom('', 'talks', 'Lima'))
    .map(([xs, at, w]) => [...xs.slice(0, at), w, ...xs.slice(at)].join(' ')),
  fc.tuple(fc.constantFrom('We use cookies', 'Cookies policy', 'cookie settings: accept'), fc.array(fc.constantFrom('word', 'more', '.', ' '), { maxLength: 80 })).map(([a, b]) => a + ' ' + b.join(' ')),
);

function refSplitCredit(line: string): { text: string; credit: string | null } | null {
  const s = line.trim();
  for (const re of [BRACKET, LABEL, SLASH]) {
    const m = re.exec(s);
    if (m && m.index > 0) {
      const text = s.slice(0, m.index).trim();
      const credit = m[1]!.replace(/^(?:photo|image|picture|credit|courtesy)s?(?: by)?\s*[:/-]?\s*/i, (p) => (/\//.test(p) ? p : '')).trim();
      if (!text || !/\p{L}/u.test(text)) return null;
      if (/^(left|right|centre|center|top|bottom|front|back|file|L|R|C)$/i.test(credit)) return null;
      if (credit.split(/\s+/).length > 6) return null;
      return { text, credit: credit || null };
    }
  }
  return null;
}

test('the prechecks of splitCredit and contactByline skip only lines their patterns cannot match', () => {
  fc.assert(
    fc.property(texts, (line) => {
      assert.deepEqual(splitCredit(line), refSplitCredit(line));
      if (CONTACT.test(line.trim())) assert.ok(line.trim().endsWith(')') && line.includes('@'));
    }),
    { numRuns: 1000 },
  );
  assert.deepEqual(splitCredit('Two envoys talk to reporters in Lima. (Andina)'), { text: 'Two envoys talk to reporters in Lima.', credit: 'Andina' });
  assert.deepEqual(splitCredit('Farmers gather the harvest near Lima / AFP'), { text: 'Farmers gather the harvest near Lima', credit: 'AFP' });
  assert.deepEqual(splitCredit('Farmers gather the harvest near Lima [Andina]'), { text: 'Farmers gather the harvest near Lima', credit: 'Andina' });
  assert.equal(contactByline('Park Ji-woo (jwpark@example.org)'), 'Park Ji-woo');
});

test('isDebrisLine decides as it did with the full word list', () => {
  fc.assert(
    fc.property(debrisLines, (line) => assert.equal(isDebrisLine(line), refDebris(line), JSON.stringify(line))),
    { numRuns: 1000 },
  );
  assert.equal(isDebrisLine('Share this article'), true);
  assert.equal(isDebrisLine('The delegation returned home on Friday.'), false);
});

// Stop words of every language (the longest ones too), glued to letters, astral letters and spaces.
const stopText = fc
  .array(fc.oneof(fc.constantFrom(...STOP_LANGS.keys()), fc.constantFrom(' ', ' ', 'x', 'é', '𝐀', '😀', '\ud800', '-', 'İ')), { maxLength: 30 })
  .map((xs) => xs.join(''));

test('stopWordCounts counts the same words as the regex scan did, in the same order', () => {
  fc.assert(
    fc.property(fc.oneof(texts, stopText), (s) => {
      const lower = s.toLowerCase();
      assert.deepEqual([...stopWordCounts(lower)], [...refStopWordCounts(lower)]);
    }),
    runs,
  );
  assert.equal(detectLanguage('The two delegations met in the capital and they said that talks would go on.').language, 'en');
  assert.equal(detectLanguage('Die beiden Delegationen haben sich in der Hauptstadt getroffen und wollen die Gespräche fortsetzen.').language, 'de');
  // "the𝐀of" is one word (an astral letter joins it), as /\p{L}+/u saw it: no stop word there.
  assert.deepEqual([...stopWordCounts('the𝐀of and')], [['en', 1]]);
});

// detectLanguage as it was before its one-pass ASCII path: scripts counted, then stop words in the lower-cased text.
const REF_SCRIPTS: [string, RegExp][] = [
  ['ko', /[\uac00-\ud7af\u1100-\u11ff]/], ['ja', /[\u3040-\u30ff]/], ['zh', /[\u4e00-\u9fff]/], ['ru', /[\u0400-\u04ff]/],
  ['ar', /[\u0600-\u06ff]/], ['he', /[\u0590-\u05ff]/], ['el', /[\u0370-\u03ff]/], ['hi', /[\u0900-\u097f]/], ['th', /[\u0e00-\u0e7f]/],
];
function refDetectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return { language: null, confidence: 0 };
  let best: [string, number] = ['', 0];
  for (const [lang, re] of REF_SCRIPTS) {
    let n = 0;
    for (let i = 0; i < sample.length; i++) if (re.test(sample[i]!)) n++;
    if (n > best[1]) best = [lang, n];
  }
  if (best[1] / letters > 0.3) {
    const kana = [...sample].filter((ch) => /[\u3040-\u30ff]/.test(ch)).length;
    if (best[0] === 'zh' && kana > best[1] * 0.1) return { language: 'ja', confidence: 0.9 };
    return { language: best[0], confidence: best[1] / letters };
  }
  const ranked = [...refStopWordCounts(sample.toLowerCase()).entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || top[1] < 3) return { language: null, confidence: 0 };
  const second = ranked[1]?.[1] ?? 0;
  return { language: top[0], confidence: (top[1] - second) / top[1] };
}

test('isPlainPunct holds only characters with no letter, no case and no script', () => {
  for (let c = 0x80; c < 0x10000; c++) {
    if (!isPlainPunct(c)) continue;
    const ch = String.fromCharCode(c);
    assert.equal(/\p{L}/u.test(ch), false, `letter ${c}`);
    assert.equal(ch.toLowerCase(), ch, `case ${c}`);
    assert.ok(REF_SCRIPTS.every(([, re]) => !re.test(ch)), `script ${c}`);
  }
  assert.equal(isPlainPunct(0x2019), true); // ’
  assert.equal(isPlainPunct(0xe9), false); // é
});

// English-like text in any case, with the punctuation of news pages, and now and then a character beyond them.
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...STOP_LANGS.keys()).map((w) => (w.length > 1 ? w[0]!.toUpperCase() + w.slice(1) : w)),
      fc.constantFrom(...STOP_LANGS.keys()).map((w) => w.toUpperCase()),
      fc.constantFrom(...STOP_LANGS.keys()),
      fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\u2019', '\u201c', '\u201d', '\u2014', '\u00a0', '\u2026', '\n\n', 'talks', 'Envoys', 'x', '7'),
      fc.constantFrom('é', 'İ', 'Σ', '한', 'ア', '中', 'ж', '\ud800', '𝐀', '\u2070', '\u2071'),
    ),
    { maxLength: 60 },
  )
  .map((xs) => xs.join(''));

test('detectLanguage guesses as it did before its one-pass ASCII path, with the same confidence', () => {
  fc.assert(
    fc.property(fc.oneof(texts, newsish, newsish), (s) => {
      assert.deepEqual(detectLanguage(s), refDetectLanguage(s));
    }),
    { numRuns: 2000 },
  );
  // past the 20,000-character sample the text is not looked at: a Korean tail changes nothing
  const long = 'The envoys of the two states met and they said that the talks would go on. '.repeat(300);
  assert.deepEqual(detectLanguage(long + '외교부는'), refDetectLanguage(long + '외교부는'));
  assert.equal(detectLanguage(long).language, 'en');
  assert.equal(asciiStopWordCounts('THE talks AND the visit, and \u201cthe\u201d rest of it went on.')?.get('en'), 8); // the ×3, and ×2, of, it, on
  assert.equal(asciiStopWordCounts('The talks in Zürich went on.'), null);
  // every capital folds, Z too ("ZU", "ZUM": German stop words)
  assert.equal(asciiStopWordCounts('ZU ZUM ZUR ZWISCHEN DEN BERGEN UND TÄLERN'), null);
  assert.equal(asciiStopWordCounts('ZU ZUM ZUR sagten sie DIE Vertreter NACH den Gespraechen')?.get('de'), 7); // zu, zum, zur, sie, die, nach, den
  // 19 letters are too few, 20 enough (the stop words alone would say English)
  for (const t of ['the and of to in is it at a', 'the and of to in is it at an']) assert.deepEqual(detectLanguage(t), refDetectLanguage(t));
  assert.equal(detectLanguage('the and of to in is it at a').language, null);
});
