import type { Generated, Selectable } from 'kysely';
import type { DiscardReason } from '../../errors.js';
import { statementChunks } from '../bulk-insert.js';
import type { Db } from '../database.js';

/** Inputs that were not coded, each with its typed reason, so they can be counted rather than lost in a log. */
export interface DiscardsTable {
  id: Generated<number>;
  input_id: string;
  reason: DiscardReason;
  message: string;
  added_at: string;
}

export type DiscardRow = Selectable<DiscardsTable>;

/** Record discards; one already recorded for the same input and reason is kept, not repeated (reruns add nothing). */
export async function insertDiscards(db: Db, rows: Omit<DiscardRow, 'id'>[]): Promise<void> {
  for (const chunk of statementChunks(rows)) {
    await db
      .insertInto('discards')
      .values(chunk)
      .onConflict((oc) => oc.columns(['input_id', 'reason']).doNothing())
      .execute();
  }
}

/** Discards counted by reason. @example await discardCounts(db) // {empty: 3, 'bad-json': 1} */
export async function discardCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('discards')
    .select(['reason', (eb) => eb.fn.countAll().as('n')])
    .groupBy('reason')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.reason, Number(r.n)]));
}
