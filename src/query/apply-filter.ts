import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Database, Store } from '../store/database.js';
import { articleIdsMatching } from '../store/full-text.js';
import type { EventFilter } from './filter.js';

type EB = ExpressionBuilder<Database, 'events'>;

// Codes were validated to letters and digits, so a prefix pattern cannot carry a wildcard.
const prefix = (code: string): string => `${code}%`;

/**
 * The WHERE clause of a filter over the `events` table, the same on both
 * dialects (only full-text search differs, inside `articleIdsMatching`).
 * The cursor is not part of it: listing applies it, aggregates ignore it.
 *
 * @example db.selectFrom('events').where((eb) => filterWhere(eb, store, { dyad: { source: 'KOR', target: 'USA' } }))
 */
export function filterWhere(eb: EB, store: Store, f: EventFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  const anyPrefix = (col: 'events.source_code' | 'events.target_code', codes: string[]): Expression<SqlBool> =>
    eb.or(codes.map((c) => eb(col, 'like', prefix(c))));
  if (f.actor) all.push(eb.or([anyPrefix('events.source_code', f.actor), anyPrefix('events.target_code', f.actor)]));
  if (f.source) all.push(anyPrefix('events.source_code', f.source));
  if (f.target) all.push(anyPrefix('events.target_code', f.target));
  if (f.dyad) {
    const { source, target } = f.dyad;
    const forward = eb.and([eb('events.source_code', 'like', prefix(source)), eb('events.target_code', 'like', prefix(target))]);
    if (f.both) {
      all.push(eb.or([forward, eb.and([eb('events.source_code', 'like', prefix(target)), eb('events.target_code', 'like', prefix(source))])]));
    } else all.push(forward);
  }
  if (f.code) all.push(eb.or(f.code.map((c) => eb('events.cameo', 'like', prefix(c)))));
  if (f.plover) all.push(eb('events.plover_type', 'in', f.plover));
  if (f.quad) all.push(eb('events.quad_class', 'in', f.quad));
  if (f.since) all.push(eb.and([eb('events.event_day', '<>', ''), eb('events.event_day', '>=', f.since)]));
  if (f.until) all.push(eb.and([eb('events.event_day', '<>', ''), eb('events.event_day', '<=', f.until)]));
  if (f.location) {
    const loc = f.location;
    const byName = eb(eb.fn('lower', ['events.location_name']), '=', loc.toLowerCase());
    all.push(/^[A-Za-z]{3}$/.test(loc) ? eb.or([byName, eb('events.location_country', '=', loc.toUpperCase())]) : byName);
  }
  if (f.text) all.push(eb('events.article_id', 'in', articleIdsMatching(store, f.text)));
  if (f.negated !== undefined) all.push(eb('events.negated', '=', f.negated ? 1 : 0));
  return eb.and(all);
}
