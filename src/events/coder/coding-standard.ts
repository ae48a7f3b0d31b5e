/**
 * Coding standards: where CAMEO-based event standards disagree on how to code
 * the same words, the user chooses whose conventions the coder follows.
 *
 * - `plover` (the default): a stated future act or a commitment is an
 *   intention — "Chile will send aid to Peru", "Chile agreed to send aid" →
 *   033 (PLOVER: AID with mode intend); "Chile said Peru shelled the border"
 *   reports the shelling (Peru → border's country).
 * - `petrarch`: the conventions of the PETRARCH-2 coder and its gold standard.
 *   A bare future ("will send aid", not reported by anyone) and an act bound by
 *   a commitment or an arrangement ("agreed to send", "pledged to expel", "is
 *   scheduled to attend", "prepared to visit") are coded as the act itself;
 *   wishes and aims ("wants to help", "seeks to deepen", "plans to visit") stay
 *   intentions, and so does a future that a speaker reports ("said it would free").
 *   A speaker who opens the sentence with a "said (that)"-clause reporting
 *   another party's violent act accuses that party (112), and one reporting its
 *   own violence, done or announced, claims it (015): PETRARCH-2 codes the
 *   nested "say + attack" as the statement, not as the attack.
 *
 * Neither is more correct: they are different answers to the same question,
 * and a gold standard is scored fairly only under its own.
 */
export type CodingStandard = 'plover' | 'petrarch';

export const CODING_STANDARDS: readonly CodingStandard[] = ['plover', 'petrarch'];

/** The standard whose conventions a gold file follows: PLOVER GSR → plover, PETRARCH XML → petrarch. */
export function standardOfGold(kind: 'plover' | 'petrarch'): CodingStandard {
  return kind;
}

/**
 * Control verbs of commitment and arrangement: under `petrarch` the act they
 * govern is coded as done ("agreed to lift the embargo" → 085). Wishes, plans
 * and offers ("want", "seek", "plan", "offer") are not among them.
 */
export const COMMITMENT_VERBS = new Set([
  'agree', 'pledge', 'promise', 'vow', 'swear', 'commit', 'undertake', 'consent', 'decide', 'resolve',
  'prepare', 'prepared', 'schedule', 'scheduled', 'set', 'due', 'poised',
]);
