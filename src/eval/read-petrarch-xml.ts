import { DyadError } from '../errors.js';
import type { GoldEvent, GoldRecord, GoldSet } from './gold.js';

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Read a PETRARCH validation XML file: per `<Sentence>`, its
 * `<EventCoding>` triples and the raw `<Text>` (the `<Parse>` is ignored:
 * dyad codes from the text).
 *
 * @example
 * readPetrarchXml(xml, 'petr2-gsr-english.xml').records.length // 78
 */
export function readPetrarchXml(xml: string, path: string): GoldSet {
  if (!/<Sentences?[\s>]/.test(xml)) throw new DyadError('E301', { path });
  const environment: Record<string, string> = {};
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml);
  if (env) for (const m of env[1]!.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) environment[m[1]!] = m[2]!.trim();
  // Comments may hold example markup; drop them first.
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const records: GoldRecord[] = [];
  const starts = [...body.matchAll(/<Sentence\s[^>]*>/g)];
  for (let k = 0; k < starts.length; k++) {
    const m = starts[k]!;
    const from = m.index! + m[0].length;
    const to = k + 1 < starts.length ? starts[k + 1]!.index! : body.length;
    const chunk = body.slice(from, to);
    const a = attrs(m[0]);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(chunk);
    if (!text) continue;
    const events: GoldEvent[] = [];
    let noEvents = false;
    for (const e of chunk.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const ea = attrs(e[1]!);
      if (/true/i.test(ea.noevents ?? '')) {
        noEvents = true;
        continue;
      }
      if (!ea.eventcode) continue;
      const tgt = ea.targetcode && !/^-+$/.test(ea.targetcode) ? [ea.targetcode] : [];
      events.push({ code: ea.eventcode, sources: ea.sourcecode ? [ea.sourcecode] : [], targets: tgt });
    }
    const d = a.date ?? '';
    records.push({
      id: a.id ?? `record-${records.length}`,
      text: unescape(text[1]!.replace(/\s+/g, ' ').trim()),
      date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null,
      events,
      noEvents: noEvents || events.length === 0,
      evaluate: !/false/i.test(a.sentence ?? a.evaluate ?? 'true'),
      comment: null,
      category: a.category ?? null,
    });
  }
  return { kind: 'petrarch', path, records, environment };
}
