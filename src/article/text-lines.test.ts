import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anyText, newsText } from '../../test/property-gen.js';
import { refTextLines } from '../../test/ref-article.js';
import { textLines } from './text-lines.js';

// What the scan treats specially: breaks, commas, spaces of every kind, sentence ends and quotes
// before a comma, capitals (astral too) and lower case after it, lone surrogates.
const PIECES = [
  'a', 'word', 'The', 'É', 'é', '𝐀', '𝐚', '\ud835', '\udc00', 'ß', 'İ', '7', ' ', ' ', '  ', '\t', ',', ', ,', ',  ', ', ', '.', '!', '?', '"', '\u201d', '\u2019',
  ':', ';', ')', ']', '\n', '\n\n', '\r', '\r\n', '\u00a0', '\u2007', '\u202f', '\u200b', '\u200c', '\u200d', '\ufeff', '\u3000', '\u2028', '\v', '\f', '\u2003',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((xs) => xs.join(''));
// Few pieces, so that sentence ends, quotes, commas, spaces and capitals meet in every order.
const ENDS = ['.', '?', 'x', '"', '\u201d', ',', ' ', '  ', '\t', '\u00a0', 'A', 'É', '𝐀', 'a', '\n'];
const ends = fc.array(fc.constantFrom(...ENDS), { maxLength: 30 }).map((xs) => xs.join(''));
// ASCII only, for the indexOf path.
const asciiPieced = fc.array(fc.constantFrom(...[...PIECES, ...ENDS].filter((p) => /^[\x00-\x7f]*$/.test(p))), { maxLength: 50 }).map((xs) => xs.join(''));
const asciiText = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 200 });

test('textLines splits, cleans and joins lines as the regex form did', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, newsText, pieced, pieced, ends, ends, asciiPieced, asciiPieced, asciiText), (s) => assert.deepEqual(textLines(s), refTextLines(s), JSON.stringify(s))),
    { numRuns: 5000 },
  );
});

test('comma runs and a sentence end before a comma and two spaces are paragraph breaks', () => {
  assert.deepEqual(textLines('Talks resume\n\nThe envoys met in\nthe capital., ,  They agreed.'), ['Talks resume', 'The envoys met in the capital.', 'They agreed.']);
  assert.deepEqual(textLines('He left.,  Then\tshe  came.\u00a0'), ['He left.', 'Then she came.']);
  assert.deepEqual(textLines('He said: \u201cNo.\u201d,  Then \u201cyes?",  They'), ['He said: \u201cNo.\u201d', 'Then \u201cyes?"', 'They']);
  assert.deepEqual(textLines('the U.S., Japan and\r\nthe U.N.'), ['the U.S., Japan and the U.N.']);
});
