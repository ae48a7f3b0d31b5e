import fc from 'fast-check';

// Generators shared by the property tests: arbitrary Unicode, HTML-ish markup and
// news-ish text from a small word grammar (our own words, not from any corpus).

/** Any string, surrogate halves and control characters included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

const CAPS = ['Japan', 'China', 'the United Nations', 'Seoul', 'President Kim', 'the Foreign Ministry', 'NATO', 'Iran', 'Moscow', 'Police', 'U.S.', 'DPRK', 'Prime Minister Ito', 'rebels', 'the army'];
const VERBS = ['met', 'visited', 'condemned', 'accused', 'praised', 'signed an agreement with', 'attacked', 'urged', 'did not meet', 'will visit', 'threatened', 'rejected', 'welcomed', 'called on', 'spoke by phone with', 'arrested', 'sent aid to'];
const TAILS = ['', ' in Geneva', ' on Monday', ' last week', ' on May 5, 2011', ' at talks in Beijing', ' over the border dispute', ' yesterday'];
const ATTRIB = ['', ', officials said', ', according to Reuters', ', KCNA reported', ', the ministry said in a statement'];
const JUNK = ['--', '...', '(AP)', '"', "'", '—', '&amp;', '  ', '\t', 'SEOUL, May 5 (Yonhap) --', 'By John Doe', 'Photo: AFP', '###', 'U.N.-backed', 'A-B-C', 'e.g.', '1,000', '$5m', '@user', 'http://x.y/z'];

const sentence = fc
  .tuple(fc.constantFrom(...CAPS), fc.constantFrom(...VERBS), fc.constantFrom(...CAPS), fc.constantFrom(...TAILS), fc.constantFrom(...ATTRIB), fc.constantFrom('.', '.', '!', '?', ''))
  .map(([s, v, o, t, a, p]) => `${s[0]!.toUpperCase()}${s.slice(1)} ${v} ${o}${t}${a}${p}`);

const noisySentence = fc.tuple(sentence, fc.array(fc.constantFrom(...JUNK), { maxLength: 3 }), fc.nat(40)).map(([s, junk, at]) => {
  const cut = Math.min(at, s.length);
  return s.slice(0, cut) + (junk.length ? ' ' + junk.join(' ') + ' ' : '') + s.slice(cut);
});

/** News-ish text: paragraphs of grammatical and noisy sentences. */
export const newsText = fc
  .array(fc.array(fc.oneof(sentence, sentence, noisySentence), { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 5 })
  .chain((ps) => fc.constantFrom('\n\n', '\n', ', , ', '\r\n\r\n').map((sep) => ps.join(sep)));

const TAGS = ['p', 'div', 'span', 'article', 'section', 'script', 'style', 'a', 'b', 'figure', 'figcaption', 'h1', 'nav', 'footer', 'table', 'td', 'br', 'img', 'svg', 'noscript', 'template', 'iframe'];

/** HTML-ish: real and broken tags, comments, entities and attributes around news text. */
export const htmlText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      sentence,
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...TAGS).map((t) => `<${t} class="x" data-y='<p>'>`),
      fc.constantFrom('<!--', '-->', '<!-- c -->', '&nbsp;', '&#x1F600;', '&bogus;', '<', '>', '</', '<!DOCTYPE html>', '<meta charset="utf-8">', '<title>T</title>', '<![CDATA[', ']]>', '<?xml?>'),
      anyText.map((s) => s.slice(0, 30)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
