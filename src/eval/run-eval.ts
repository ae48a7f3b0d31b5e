import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createActorsComponent } from '../actors/component.js';
import { readPetrarchDictionary } from '../actors/petrarch-reader.js';
import { docFromParagraphs } from '../article/build-doc.js';
import { standardOfGold, type CodingStandard } from '../events/coder/coding-standard.js';
import { DISCARDS_RESOURCE, eventsComponent, VERBS_RESOURCE } from '../events/coder/events-component.js';
import { readDiscards } from '../events/petrarch/read-discards.js';
import { verbMatcher } from '../events/patterns/load-verbs.js';
import { DyadError } from '../errors.js';
import { tokenizeComponent } from '../nlp/tokenize.js';
import { createPipeline } from '../pipeline/compose.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { GoldRecord, GoldSet } from './gold.js';
import { readPetrarchXml } from './read-petrarch-xml.js';
import { readPloverGsr } from './read-plover-gsr.js';
import { scoreGold, type PredictedEvent, type Score } from './score.js';

/**
 * Read a gold file, PLOVER GSR JSON or PETRARCH validation XML, by its content.
 *
 * @example readGold('plover-gsr-dev.json').kind // 'plover'
 */
export function readGold(path: string): GoldSet {
  if (!existsSync(path)) throw new DyadError('E010', { path });
  const text = readFileSync(path, 'utf8');
  const head = text.trimStart().slice(0, 200);
  if (head.startsWith('[')) return readPloverGsr(text, path);
  if (head.startsWith('<')) return readPetrarchXml(text, path);
  throw new DyadError('E301', { path });
}

/**
 * The dictionaries a PETRARCH gold file names in its `<Environment>`, when
 * they sit beside it (the PETRARCH unit tests): a pipeline coding with them
 * alone. Null when they are not there.
 */
export function petrarchEnvironmentPipeline(gold: GoldSet): Pipeline | null {
  const dir = dirname(gold.path);
  const env = gold.environment;
  const files = (name: string | undefined): string[] => (name ? name.split(',').map((f) => join(dir, f.trim())) : []);
  const verbs = files(env.Verbfile);
  const actors = [...files(env.Actorfile), ...files(env.Agentfile)];
  if (!verbs.length || !actors.length || ![...verbs, ...actors].every((f) => existsSync(f))) return null;
  const entries = actors.flatMap((f) => readPetrarchDictionary(readFileSync(f, 'utf8'), f));
  // PETRARCH's default require_dyad: events need a source and a target.
  const pipeline = buildPipeline([tokenizeComponent, createActorsComponent({ dictionaries: entries, mode: 'replace' }), eventsComponent], {
    requireDyad: true,
    dictionaryCodes: true,
  });
  pipeline.context.resources.set(VERBS_RESOURCE, verbMatcher(verbs[0]!));
  const discards = files(env.Discardfile).filter((f) => existsSync(f));
  if (discards.length) pipeline.context.resources.set(DISCARDS_RESOURCE, discards.flatMap((f) => readDiscards(readFileSync(f, 'utf8'))));
  return pipeline;
}

export interface EvalRun {
  gold: GoldSet;
  score: Score;
  /** Which dictionaries coded: "dyad" or "gold environment". */
  dictionaries: string;
  /** The coding standard dyad's own coder followed (the gold environment's dictionaries decide codes alone). */
  standard: CodingStandard;
}

/**
 * Code every gold record's text and score it: PLOVER types for PLOVER
 * gold, CAMEO codes for PETRARCH gold. Negated events are not predictions.
 *
 * @example evaluate(readGold(path)).score.f1
 */
export function evaluate(gold: GoldSet, opts: { pipeline?: Pipeline; useGoldDictionaries?: boolean; standard?: CodingStandard } = {}): EvalRun {
  const envPipeline = opts.useGoldDictionaries === false ? null : gold.kind === 'petrarch' ? petrarchEnvironmentPipeline(gold) : null;
  // A gold standard is scored under its own conventions unless the caller chooses.
  const standard = opts.standard ?? (opts.pipeline?.context.options.codingStandard as CodingStandard | undefined) ?? standardOfGold(gold.kind);
  const pipeline = opts.pipeline ?? envPipeline ?? createPipeline({ codingStandard: standard });
  const predict = (r: GoldRecord): PredictedEvent[] => {
    const doc = pipeline.run(docFromParagraphs({ id: r.id, published: r.date }, [r.text]));
    const out: PredictedEvent[] = [];
    for (const e of doc.events) {
      if (e.negated || !e.source) continue;
      const code = gold.kind === 'plover' ? e.plover.type : e.cameo;
      if (!code) continue;
      const symmetric = doc.events.some(
        (o) => o !== e && o.cameo === e.cameo && o.sentence === e.sentence && o.evidence.start === e.evidence.start && o.source?.mention === e.target?.mention && o.target?.mention === e.source?.mention,
      );
      out.push({ code, source: e.source.code, target: e.target?.code ?? null, symmetric, evidence: doc.slice(e.evidence) });
    }
    return out;
  };
  const level = envPipeline && !opts.pipeline ? 'code' : 'country';
  return { gold, score: scoreGold(gold, predict, level), dictionaries: envPipeline && !opts.pipeline ? 'gold environment' : 'dyad', standard };
}
