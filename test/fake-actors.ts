import type { Doc } from '../src/doc/doc.js';
import type { Mention } from '../src/doc/mention.js';
import type { Component } from '../src/pipeline/component.js';

/**
 * A tiny stand-in for the actors stage, so the coder's mechanics can be
 * tested on their own: countries, capitals and demonyms of a few states,
 * tagged by exact token match. Not a gazetteer: tests only.
 */
const NAMES: [string, string][] = [
  ['japan', 'JPN'], ['japanese', 'JPN'], ['tokyo', 'JPN'],
  ['china', 'CHN'], ['chinese', 'CHN'], ['beijing', 'CHN'],
  ['russia', 'RUS'], ['russian', 'RUS'], ['moscow', 'RUS'],
  ['ukraine', 'UKR'], ['ukrainian', 'UKR'], ['belarus', 'BLR'], ['crimea', 'UKR'],
  ['france', 'FRA'], ['french', 'FRA'], ['paris', 'FRA'],
  ['italy', 'ITA'], ['britain', 'GBR'], ['british', 'GBR'], ['briton', 'GBR'], ['spain', 'ESP'], ['portugal', 'PRT'],
  ['israel', 'ISR'], ['israeli', 'ISR'], ['gaza', 'PSE'], ['palestinian', 'PSE'], ['palestinians', 'PSE'], ['hamas', 'PSE'], ['west bank', 'PSE'],
  ['egypt', 'EGY'], ['egyptian', 'EGY'], ['cairo', 'EGY'], ['syria', 'SYR'], ['syrian', 'SYR'], ['lebanon', 'LBN'],
  ['iran', 'IRN'], ['iranian', 'IRN'], ['iraq', 'IRQ'], ['iraqi', 'IRQ'], ['kuwait', 'KWT'], ['turkey', 'TUR'], ['greece', 'GRC'],
  ['kenya', 'KEN'], ['kenyan', 'KEN'], ['kenyans', 'KEN'], ['uganda', 'UGA'], ['ugandan', 'UGA'], ['sudan', 'SDN'], ['sudanese', 'SDN'],
  ['chad', 'TCD'], ['chadian', 'TCD'], ['somali', 'SOM'], ['haiti', 'HTI'], ['canada', 'CAN'], ['mali', 'MLI'], ['malian', 'MLI'], ['norway', 'NOR'],
  ['ecuador', 'ECU'], ['serbia', 'SRB'], ['serbian', 'SRB'], ['kosovo', 'XKX'], ['bosnians', 'BIH'], ['sarajevo', 'BIH'],
  ['india', 'IND'], ['indian', 'IND'], ['indians', 'IND'], ['pakistani', 'PAK'], ['pakistan', 'PAK'],
  ['vietnamese', 'VNM'], ['cambodian', 'KHM'], ['thailand', 'THA'], ['myanmar', 'MMR'], ['rohingya', 'MMR'],
  ['congolese', 'COD'], ['kurdish', 'IRQ'], ['north korea', 'PRK'], ['pyongyang', 'PRK'], ['south korea', 'KOR'], ['seoul', 'KOR'],
  ['korea', 'KOR'], ['united states', 'USA'], ['washington', 'USA'], ['us', 'USA'], ['germany', 'DEU'], ['the united nations', 'IGOUNO'],
  ['united nations', 'IGOUNO'], ['muslim brotherhood', 'EGYOPP'], ['vietnam', 'VNM'],
];
/** Places that are locations, never parties, in these tests. */
const PLACES = new Set<string>([]);

const BY_FIRST = new Map<string, { words: string[]; code: string }[]>();
for (const [name, code] of NAMES) {
  const words = name.split(' ');
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, code });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(words[0]!, list);
}

export function tagFakeActors(doc: Doc): void {
  const t = doc.tokens;
  const mentions: Mention[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const list = BY_FIRST.get(t.norm[i]!);
      if (!list) continue;
      // "us" only as the country when written "US".
      if (t.norm[i] === 'us' && t.text[i] !== 'US') continue;
      const hit = list.find((e) => e.words.every((w, k) => i + k < s.tokenEnd && t.norm[i + k] === w));
      if (!hit) continue;
      let end = i + hit.words.length;
      if (t.norm[end] === "'s") end++;
      const code = hit.code;
      mentions.push({
        id: mentions.length,
        sentence: s.index,
        tokenStart: i,
        tokenEnd: end,
        start: t.start[i]!,
        end: t.end[end - 1]!,
        text: doc.text.slice(t.start[i]!, t.end[end - 1]!),
        kind: 'country',
        role: PLACES.has(hit.words.join(' ')) ? 'location' : 'actor',
        actor: { code, country: code.slice(0, 3), agents: code.length > 3 ? [code.slice(3)] : [] },
        antecedent: null,
        rule: 'fake',
        entry: null,
      });
      i = end - 1;
    }
  }
  doc.mentions = mentions;
}

export const fakeActorsComponent: Component = {
  name: 'actors',
  requires: ['tokens'],
  assigns: ['mentions'],
  run: (doc) => tagFakeActors(doc),
};
