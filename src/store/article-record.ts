import type { Doc } from '../doc/doc.js';
import type { DiscardReason, Failure } from '../errors.js';
import type { RawInput } from '../ingest/types.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { localityBatches, toFailure } from '../pipeline/pipeline.js';
import { codeInput, codeInputs } from '../process.js';
import { contentHash } from './content-hash.js';
import { eventDay, isoWeekStart } from './event-day.js';
import { eventToJson } from '../events/event-json.js';
import type { NewArticle } from './tables/articles.js';
import type { NewEvent } from './tables/events.js';
import type { NewMention } from './tables/mentions.js';
import type { SentenceRow } from './tables/sentences.js';

/**
 * Everything the store writes for one article, as plain data: what coding
 * produces and a writer consumes. Structured-clone safe, so a worker thread
 * or a queue job can hand it over.
 */
export interface ArticleRecord {
  hash: string;
  article: Omit<NewArticle, 'added_at'>;
  sentences: Omit<SentenceRow, 'article_id'>[];
  mentions: Omit<NewMention, 'article_id'>[];
  events: {
    row: Omit<NewEvent, 'article_id'>;
    /** Where else in the article the same event is told (dedup), besides its evidence. */
    repeats: { sentence_idx: number; char_start: number; char_end: number }[];
  }[];
}

export type CodeOutcome = { ok: true; record: ArticleRecord } | { ok: false; failure: Failure };

/**
 * Code one input into a record: a pure function of the input and the
 * pipeline (no I/O), so it can run in any thread or process.
 *
 * @example codeToRecord({ id: 'a', file: null, format: 'text', content: 'Biegun visited Seoul.' }, createPipeline())
 */
export function codeToRecord(input: RawInput, pipeline: Pipeline, hash = contentHash(input)): CodeOutcome {
  let doc: Doc | Error;
  try {
    doc = codeInput(input, pipeline);
  } catch (err) {
    doc = err instanceof Error ? err : new Error(String(err));
  }
  return outcome(input, doc, hash);
}

/**
 * `codeToRecord` over several inputs, with the same outcomes: the pipeline
 * runs component by component over batches of up to `LOCALITY_BATCH` inputs
 * and `LOCALITY_CHARS` characters (`codeInputs`), which is faster than input
 * by input.
 *
 * @example codeToRecords([{ input, hash }], createPipeline())[0].ok
 */
export function codeToRecords(items: readonly { input: RawInput; hash?: string }[], pipeline: Pipeline): CodeOutcome[] {
  const out: CodeOutcome[] = [];
  for (const batch of localityBatches(items, (x) => x.input.content.length)) {
    const coded = codeInputs(
      batch.map((x) => x.input),
      pipeline,
    );
    batch.forEach(({ input, hash }, i) => out.push(outcome(input, coded[i]!, hash ?? contentHash(input))));
  }
  return out;
}

/** The outcome of coding `input`: its record, or why it was discarded (a coded article with no body left is one). */
function outcome(input: RawInput, doc: Doc | Error, hash: string): CodeOutcome {
  try {
    if (doc instanceof Error) throw doc;
    if (!doc.text.trim()) return { ok: false, failure: { id: input.id, reason: 'no-body' satisfies DiscardReason, message: 'no article body left after structuring' } };
    return { ok: true, record: docToRecord(doc, hash) };
  } catch (err) {
    return { ok: false, failure: toFailure(input.id, err) };
  }
}

/** The rows of a coded document. @example docToRecord(doc, hash).events.length === doc.events.length */
export function docToRecord(doc: Doc, hash: string): ArticleRecord {
  const m = doc.meta;
  const paragraphOf = new Map(doc.sentences.map((s) => [s.index, s.paragraph]));
  return {
    hash,
    article: {
      content_hash: hash,
      input_id: m.id,
      file: m.file,
      source: m.source,
      url: m.url,
      title: m.title,
      byline: m.byline,
      published: m.published,
      language: m.language,
      text: doc.text,
      captions: JSON.stringify(m.captions),
      num_events: doc.events.length,
    },
    sentences: doc.sentences.map((s) => ({ idx: s.index, paragraph: s.paragraph, char_start: s.start, char_end: s.end })),
    mentions: doc.mentions.map((x, i) => ({
      idx: i,
      sentence_idx: x.sentence,
      char_start: x.start,
      char_end: x.end,
      text: x.text,
      kind: x.kind,
      role: x.role,
      code: x.actor?.code ?? null,
      country: x.actor?.country ?? x.placeCountry ?? null,
      agents: (x.actor?.agents ?? []).join(' '),
      rule: x.rule,
      entry: x.entry,
      antecedent: x.antecedent,
    })),
    events: doc.events.map((e, ordinal) => {
      const json = eventToJson(doc, e);
      const day = eventDay(e.date?.value, m.published);
      const row: Omit<NewEvent, 'article_id'> = {
        ordinal,
        sentence_idx: e.sentence,
        is_root: paragraphOf.get(e.sentence) === 0 ? 1 : 0,
        source_code: e.source?.code ?? null,
        source_country: e.source?.country ?? null,
        source_agents: (e.source?.agents ?? []).join(' '),
        source_text: e.source?.text ?? null,
        target_code: e.target?.code ?? null,
        target_country: e.target?.country ?? null,
        target_agents: (e.target?.agents ?? []).join(' '),
        target_text: e.target?.text ?? null,
        cameo: e.cameo,
        plover_type: e.plover.type || null,
        plover_mode: e.plover.mode,
        plover_context: JSON.stringify(e.plover.context),
        quad_class: e.quadClass,
        goldstein: e.goldstein,
        negated: e.negated ? 1 : 0,
        reported_by: e.reportedBy,
        rule: e.rule,
        pattern: e.pattern,
        date_value: e.date?.value ?? null,
        date_precision: e.date?.precision ?? null,
        date_origin: e.date?.origin ?? null,
        event_day: day,
        event_week: isoWeekStart(day),
        location_name: e.location?.name ?? null,
        location_country: e.location?.country ?? null,
        location_lat: e.location?.lat ?? null,
        location_lon: e.location?.lon ?? null,
        evidence_start: e.evidence.start,
        evidence_end: e.evidence.end,
        evidence_text: doc.slice(e.evidence),
        json: JSON.stringify(json),
      };
      return {
        row,
        repeats: e.mentions
          .filter((x) => x.evidence.start !== e.evidence.start || x.sentence !== e.sentence)
          .map((x) => ({ sentence_idx: x.sentence, char_start: x.evidence.start, char_end: x.evidence.end })),
      };
    }),
  };
}
