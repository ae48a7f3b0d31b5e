import type { Doc } from '../doc/doc.js';
import type { Mention } from '../doc/mention.js';
import type { Component, Context } from '../pipeline/component.js';
import { compileDictionaries, defaultDictionaries, type ActorDictionaries, type DictEntry } from './dictionary.js';
import { phraseKeys } from './keys.js';
import { recognizeActors } from './recognize.js';

export interface ActorsComponentOptions {
  /**
   * Dictionaries to run with: compiled ones, or entries (e.g. from
   * `readPetrarchActors`) to compile. Default: dyad's own `dict/`.
   */
  dictionaries?: ActorDictionaries | DictEntry[];
  /** With entries given: `add` puts them beside dyad's own (default), `replace` uses them alone. */
  mode?: 'add' | 'replace';
}

/**
 * The home country of the outlet: `ctx.options.homeCountry`, else the outlet
 * named in `doc.meta.source` ("The Korea Herald" → KOR), else null (the
 * recogniser then falls back on the outlet most credited in the text).
 */
export function homeCountryOf(doc: Doc, ctx: Pick<Context, 'options'>, dicts: ActorDictionaries): string | null {
  if (ctx.options.homeCountry) return ctx.options.homeCountry;
  const src = doc.meta.source;
  if (!src) return null;
  return dicts.outletCountry.get(phraseKeys(src).filter((k) => k !== 'the').join(' ')) ?? null;
}

/**
 * Make an actors component over given dictionaries (bring your own).
 *
 * @example
 * const c = createActorsComponent({ dictionaries: readPetrarchActors(text, 'my.actors.txt'), mode: 'add' });
 */
export function createActorsComponent(opts: ActorsComponentOptions = {}): Component {
  let dicts: ActorDictionaries | null = null;
  const get = (): ActorDictionaries => {
    if (dicts) return dicts;
    const d = opts.dictionaries;
    if (!d) dicts = defaultDictionaries();
    else if (Array.isArray(d)) dicts = compileDictionaries(opts.mode === 'replace' ? d : [...defaultDictionaries().entries, ...d]);
    else dicts = d;
    return dicts;
  };
  return {
    name: 'actors',
    requires: ['tokens'],
    assigns: ['mentions', 'coreference'],
    run(doc: Doc, ctx: Context) {
      const d = get();
      doc.mentions = recognizeActors(doc, d, {
        homeCountry: homeCountryOf(doc, ctx, d),
        date: doc.meta.published ? doc.meta.published.slice(0, 10) : null,
        explain: ctx.options.explain,
      });
    },
  };
}

/** Actor recognition with dyad's own dictionaries (`dict/`). */
export const actorsComponent: Component = createActorsComponent();

/**
 * Token → mention id, or -1: a cheap lookup for the event coder.
 *
 * @example
 * const at = mentionAtToken(doc); at[tokenIndex] // 3 → doc.mentions[3]
 */
export function mentionAtToken(doc: Doc): Int32Array {
  const at = new Int32Array(doc.tokens.count).fill(-1);
  for (const m of doc.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) at[i] = m.id;
  return at;
}

/**
 * The mentions a mention stands for: itself, its antecedent chain's head
 * ("Biegun" → "Stephen Biegun"), or both sides of a pair reference
 * ("the two sides" → [Lee Do-hoon, Stephen Biegun]).
 *
 * @example
 * referents(doc, doc.mentions[7]).map((m) => m.actor?.code) // ['KORGOV', 'USAGOV']
 */
export function referents(doc: Doc, mention: Mention): Mention[] {
  if (mention.antecedents?.length) return mention.antecedents.map((i) => doc.mentions[i]!).filter(Boolean);
  let m = mention;
  for (let guard = 0; m.antecedent !== null && guard < 20; guard++) m = doc.mentions[m.antecedent]!;
  return [m];
}
