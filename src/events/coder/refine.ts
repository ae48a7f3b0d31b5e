import { appealCode, demandCode, intentCode, refusalCode, threatCode } from './code-maps.js';
import type { Candidate } from './candidate.js';
import { COMMITMENT_VERBS, type CodingStandard } from './coding-standard.js';
import { attackAgent, clauseMood, controlKind, findObject, findSubject, speechLemma, type ClauseIndex } from './clause.js';
import { SPEECH_VERBS } from './lexicon.js';
import { approximator } from '../patterns/matcher.js';

/** Roots whose acts are done to a place, so a place can be their target (not meetings, statements, appeals). */
const PLACE_ROOTS = new Set(['03', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']);
import type { Proposal } from './propose.js';

/** Statements about an incident (claiming responsibility, regret, condolences): the place it happened stands for its party. */
const INCIDENT_CODES = new Set(['015', '018']);

/** Shared facts for the refiners of one sentence. */
export interface SentenceFacts {
  ci: ClauseIndex;
  s0: number;
  s1: number;
  discard: string | null;
  reportedBy: string | null;
  /** Parties of the previous sentences, for "the two", "he", "they". */
  lastSubject: number[];
  lastPair: number[];
  /** The pair was a compound subject or both sides of a symmetric act, so "they" may stand for it. */
  lastPairJoint: boolean;
  mentionText: (m: number) => string;
  /** Country of a mention's actor or place, when known. */
  mentionCountry: (m: number) => string | null;
  /** The actor rule that made a mention ("gazetteer.country", "agent.sentence-country", …). */
  mentionRule: (m: number) => string;
  /** The agent codes of a mention's actor ("MIL", "REB"), empty for a state or an unknown. */
  mentionAgents: (m: number) => readonly string[];
  /** Is the mention a state named as such ("Israel"), not a person of it ("a Kenyan man")? */
  mentionIsState: (m: number) => boolean;
  /** Is the mention a crowd of protesters, demonstrators or rioters? */
  mentionIsProtester: (m: number) => boolean;
  /** Drop events of adverbial clauses ("…, after Serbia shot down a helicopter"): the sentence's news is its main clause. */
  background: boolean;
  /**
   * Codes come from the dictionary alone (PETRARCH dictionaries encode
   * negation and intent in their own patterns): no grammar-driven recoding.
   */
  dictionaryCodes: boolean;
  /** Whose conventions decide codes where standards differ: future acts and commitments, reported violence. */
  standard: CodingStandard;
}

export interface Refiner {
  name: string;
  /** A grammar-driven recoding, skipped when the dictionary alone decides codes. */
  grammar?: boolean;
  /** Example of the words it handles. */
  example: string;
  run(ps: Proposal[], f: SentenceFacts): void;
}

/** Prepositions a coordinated verb phrase can leave open: "ties with and …", "aid to and …". */
const OPEN_PREPOSITIONS = new Set(['with', 'to', 'against', 'for', 'from']);

/**
 * The party or place closing a coordinated verb phrase after a preposition left open ("a pact with and envoys
 * to Oslo" → Oslo), or -1. Only within the clause: a comma, a subordinator or a third verb ends the search.
 */
function sharedObject(f: SentenceFacts, at: number, sources: number[]): number {
  const t = f.ci.t;
  if (at + 1 >= f.s1 || !OPEN_PREPOSITIONS.has(t.norm[at]!) || (t.norm[at + 1] !== 'and' && t.norm[at + 1] !== 'or')) return -1;
  let verbs = 0;
  for (let i = at + 2; i < f.s1 && i < at + 14; i++) {
    if (t.norm[i] === ',' || t.norm[i] === ';' || t.pos[i] === 'SCONJ' || f.ci.attribution[i]) return -1;
    if (t.pos[i] === 'VERB' && ++verbs > 1) return -1;
    const m = f.ci.mentionStart[i]!;
    if (m >= 0 && !sources.includes(m)) return f.ci.hasCountry[m] ? m : -1;
    const place = f.ci.placeStart[i]!;
    if (place >= 0) return place;
  }
  return -1;
}

function veto(c: Candidate, why: string): void {
  if (!c.veto) c.veto = why;
}

/** The ordered refiners; each line says why it stands where it does. */
export const REFINERS: Refiner[] = [
  // Whole-sentence discards first: nothing else matters for a sport result.
  {
    name: 'discard-context',
    example: '"Korea beat Japan 2-1"',
    run(ps, f) {
      if (f.discard) for (const p of ps) veto(p.c, f.discard);
    },
  },
  // A matrix verb that only governs another candidate ("agreed" in "agreed to cooperate") gives way to it, before codes change.
  {
    name: 'subsume-matrix',
    example: '"Iran threatened to attack Israel" keeps the threat of attack, not a bare "threatened"',
    run(ps, f) {
      for (const g of ps) {
        const k = g.chain.controlToken;
        if (k < 0) continue;
        for (const m of ps) {
          if (m === g || m.c.anchor !== k || m.c.veto) continue;
          // "suspended talks with": the governing pattern already names the act; otherwise the governed act carries it,
          // unless the governed act has no form under this control ("rejected an ultimatum": the rejection is the event).
          if (g.c.anchor > m.c.anchor && g.c.anchor < m.c.evEnd) veto(g.c, `covered by the governing pattern "${m.c.pattern?.text}"`);
          // "agreed to US mediation in the talks with the Palestinians": the governing pattern names its own object noun;
          // an event noun in a phrase after it modifies that noun and is not what is agreed to.
          else if (g.c.anchor >= m.c.evEnd && ownObjectNoun(f, m.c) && prepositionBetween(f, m.c.evEnd, g.c.anchor)) veto(g.c, `inside a phrase after the governing pattern's own object "${m.c.pattern?.text}"`);
          else if (!mappable(g.chain.control, g.c.code)) veto(g.c, `"${g.chain.control}" has no form for ${g.c.code}: the governing verb carries the event`);
          else veto(m.c, 'governs another candidate, which carries the event');
        }
      }
    },
  },
  // What a verb acts on is no second act of its subject: "rejected an invitation to join a conference", "rejected calls
  // by Belarus for economic aid" code the rejection only.
  {
    name: 'object-content',
    example: '"Hamas rejected an invitation to attend the meeting" → the rejection, not an attendance',
    run(ps, f) {
      const t = f.ci.t;
      // Only noun-phrase words from `from` to `to`: the second stands in the first one's object.
      const inObject = (from: number, to: number): boolean => {
        for (let i = from; i < to; i++) {
          const p = t.pos[i]!;
          if (p === 'VERB' || p === 'AUX' || p === 'SCONJ' || p === 'PUNCT' || t.norm[i] === 'that' || t.norm[i] === 'and') return false;
        }
        return true;
      };
      for (const g of ps) {
        if (g.c.veto) continue;
        const k = g.chain.controlToken;
        const nounControl = k >= 0 && t.pos[k] === 'NOUN';
        // "economic aid": a pattern anchored on an adjective is a noun phrase too.
        const nounPhrase = g.c.nominal || t.pos[g.c.anchor] === 'ADJ';
        if (!nounControl && !nounPhrase) continue;
        const head = nounControl ? k : g.c.anchor;
        const m = ps.find((o) => o !== g && !o.c.veto && !o.c.nominal && o.c.anchor < head && o.c.evEnd <= head && inObject(o.c.evEnd, head));
        // "detonated a car bomb": the same kind of act told twice; the overlap refiner picks the more specific.
        if (!m || m.c.code.slice(0, 2) === g.c.code.slice(0, 2)) continue;
        if (!nounControl && !g.c.sources.every((x) => m.c.sources.includes(x))) continue;
        veto(g.c, `in the object of "${m.c.pattern?.text ?? t.norm[m.c.anchor]}": what is acted on, not a new act`);
      }
    },
  },
  // A purpose infinitive repeats the meeting it follows: "Japan met China to discuss trade" is one meeting.
  {
    name: 'meeting-purpose',
    example: '"Japan met China on Monday to discuss trade" → the meeting only',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        if (c.veto || !c.code.startsWith('04') || c.anchor - 1 < f.s0 || f.ci.t.norm[c.anchor - 1] !== 'to') continue;
        const meeting = ps.find((o) => o !== p && !o.c.veto && o.c.code.startsWith('04') && o.c.anchor < c.anchor - 1 && c.anchor - o.c.anchor <= 12);
        if (meeting) veto(c, `purpose of "${meeting.c.pattern?.text}", already coded`);
      }
    },
  },
  // Conditions and questions are not facts.
  {
    name: 'mood',
    example: '"If Iran attacks Israel, …", "Will Seoul meet Pyongyang?"',
    run(ps, f) {
      for (const p of ps) {
        const mood = clauseMood(f.ci, p.c.chainStart, f.s0, f.s1);
        if (mood.conditional) veto(p.c, 'conditional clause');
        else if (mood.question) veto(p.c, 'question');
        p.chain.reported ||= mood.reported;
        p.speech = mood.speechVerb;
      }
    },
  },
  // Control words turn an act into an intention, threat, refusal, appeal or demand.
  {
    name: 'control',
    grammar: true,
    example: '"vowed to meet" → 036, "refused to meet" → 125, "threatened to attack" → 138, "called for talks" → 026',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        if (c.veto) continue;
        const from = c.code;
        let to: string | null = from;
        switch (p.chain.control) {
          case 'intent':
            // PETRARCH-2's convention: "agreed to lift the embargo", "is scheduled to visit" code the act itself.
            // ("did not agree to meet" stays an intention, which negation turns into a refusal, 125.)
            if (f.standard === 'petrarch' && !p.chain.negated && commitment(f, p.chain.controlToken)) {
              c.notes.push(`petrarch standard: "${f.ci.t.norm[p.chain.controlToken]}" binds the act, coded as done`);
              break;
            }
            to = intentCode(from) ?? from;
            // An intention to take a conflictual act is a threat (13x) against its target. With none named, parties that
            // agree on the act ("A and B agreed to resume patrols") threaten nobody: they agree with each other (030).
            if (to.startsWith('13') && !c.targets.length && c.sources.length >= 2 && p.chain.controlToken >= 0 && f.ci.t.lemma[p.chain.controlToken] === 'agree') {
              c.notes.push(`joint agreement: ${from}→030, the parties with each other`);
              c.code = '030';
              c.symmetric = true;
              c.evStart = Math.min(c.evStart, p.chain.controlToken);
              continue;
            }
            break;
          case 'threat':
            to = threatCode(from) ?? intentCode(from);
            break;
          case 'refusal':
            to = refusalCode(from);
            if (to === null) {
              to = from;
              c.negated = true;
            }
            break;
          case 'failure':
            c.negated = true;
            break;
          // "wants Russia to attack Georgia": no appeal code names the act, so it is a plain appeal (020) or demand (100).
          case 'appeal':
            to = appealCode(from) ?? demandCode(from) ?? (p.chain.controlObject >= 0 ? '020' : null);
            break;
          case 'demand':
            to = demandCode(from) ?? appealCode(from) ?? (p.chain.controlObject >= 0 ? '100' : null);
            break;
          default:
            break;
        }
        if (to === null) {
          veto(c, `no code for "${p.chain.control}" of ${from}`);
          continue;
        }
        // The object of "urged Iran to …" is the target; the urger is the source.
        if ((p.chain.control === 'appeal' || p.chain.control === 'demand') && p.chain.controlObject >= 0) {
          c.targets = [p.chain.controlObject];
        }
        if (to !== from) {
          c.notes.push(`control ${p.chain.control}: ${from}→${to}`);
          c.code = to;
          // One side vows, refuses or threatens: no longer the same act both ways.
          c.symmetric = false;
        }
      }
    },
  },
  // Future tense: "Portugal will support Turkey" is a stated intention; "could attack" is a hypothesis unless reported ("said it would").
  {
    name: 'modality',
    grammar: true,
    example: '"Portugal will support Turkey" → 03x; "Iran could attack" → nothing',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        if (c.veto) continue;
        // "Greece demanded that its partners refuse to recognize Macedonia", "the ILO reiterated its demand that Israel
        // ease restrictions": the act is what is demanded — the demand itself is the event, made of the clause's subject.
        if (p.speech !== undefined && p.speech >= 0 && demandThat(f, p.speech, c.chainStart)) {
          const governing = ps.filter((q) => q !== p && !q.c.veto && q.c.anchor === p.speech);
          if (governing.length) {
            // The demand verb's own pattern carries the event ("demand that TGT"). When the clause's head verb is an act
            // whose demand has a code of its own ("withdraw troops" → 1056), that code says what was demanded.
            const specific = demandCode(c.code);
            if (specific !== null && clauseHead(f, p.speech, c.chainStart)) {
              for (const q of governing) {
                if (q.c.code === specific || !q.c.code.startsWith('10')) continue;
                q.c.notes.push(`demanded act "${f.ci.t.norm[c.anchor]}" (${c.code}): ${q.c.code}→${specific}`);
                q.c.code = specific;
              }
            }
            veto(c, 'the content of a demand already coded');
            continue;
          }
          let j = p.speech;
          while (j - 1 >= f.s0 && (f.ci.t.pos[j - 1] === 'AUX' || f.ci.t.pos[j - 1] === 'ADV')) j--;
          const speaker = f.ci.t.pos[p.speech] === 'NOUN' ? nounOwner(f, p.speech) : findSubject(f.ci, j, f.s0);
          if (speaker.length && c.sources.length) {
            const to = demandCode(c.code) ?? '100';
            c.notes.push(`demanded act: ${c.code}→${to}, the one who demands is the source`);
            c.targets = c.sources;
            c.sources = speaker;
            c.code = to;
            c.symmetric = false;
          } else veto(c, 'the content of a demand whose parties are not named');
          continue;
        }
        // "Russia said Sudan must return the helicopter": the speaker demands it of the subject.
        if (p.chain.obligation && p.chain.reported && p.speech !== undefined && p.speech >= 0 && !p.chain.control) {
          let j = p.speech;
          while (j - 1 >= f.s0 && (f.ci.t.pos[j - 1] === 'AUX' || f.ci.t.pos[j - 1] === 'ADV')) j--;
          const speaker = f.ci.t.pos[p.speech] === 'NOUN' ? nounOwner(f, p.speech) : findSubject(f.ci, j, f.s0);
          const to = demandCode(c.code) ?? '100';
          if (speaker.length) {
            // "reminded Iraq that it must cooperate": a pronoun subject of "must" stands for the party addressed.
            if (!c.sources.length) {
              const addressee = pronounAddressee(f, p.speech, c.chainStart, speaker);
              if (addressee >= 0) c.sources = [addressee];
            }
            c.notes.push(`obligation in reported speech: ${c.code}→${to}, speaker is the source`);
            // "said the dispute must be settled by the court": the subject of a passive verb of no pattern is what is to
            // be done, not the party asked to do it.
            c.targets = c.rule === 'obligation' && p.chain.passive ? [] : c.sources;
            c.sources = speaker;
            c.code = to;
            c.symmetric = false;
            continue;
          }
        }
        // "The forum concluded that the US must allocate more": with no speaker found, the subject of "must" neither
        // demands nor intends anything.
        if (c.rule === 'obligation' || (p.chain.obligation && !p.chain.control)) {
          veto(c, 'obligation with no party that lays it');
          continue;
        }
        if (p.chain.future || (p.chain.hypothetical && p.chain.reported)) {
          if (p.chain.control) continue;
          // PETRARCH-2's convention: a future nobody reports ("Chile will send aid to Peru") is coded as the act.
          // ("will not meet" stays an intention, which negation turns into a refusal, 125.)
          if (f.standard === 'petrarch' && p.chain.future && !p.chain.reported && !p.chain.negated) {
            c.notes.push('petrarch standard: a plain future is coded as the act');
            continue;
          }
          const to = intentCode(c.code);
          if (to && to !== c.code) {
            c.notes.push(`future: ${c.code}→${to}`);
            c.code = to;
            c.symmetric = false;
          }
        } else if (p.chain.hypothetical) {
          veto(c, 'modal verb: a possibility, not a fact');
        }
      }
    },
  },
  // Before the object fallback, so an emptied slot can take the real object: the source's own people and attributes are no targets.
  {
    name: 'own-parties',
    example: '"refused a request for its monitors to be sent", "will boycott any official contact with Canada"',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        if (c.veto) continue;
        const before = c.sources.length;
        c.sources = c.sources.filter((m) => !attributiveWord(f, m));
        if (before && !c.sources.length) veto(c, 'the only source is an attribute ("military exercises")');
        const kept = c.targets.filter((m) => !ownParty(f, c, m));
        if (kept.length < c.targets.length) {
          c.notes.push('own-parties: the source\'s own people or an attribute is no target');
          c.targets = kept;
        }
      }
    },
  },
  // Object fallback: a pattern without a target slot takes the first party after the verb.
  {
    name: 'object',
    example: '"Peru declared a curfew across Puno province" → target Peru (the place\'s country)',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        // "signed a pact with and sent envoys to Oslo": a preposition left open before "and" takes the party
        // that ends the coordinated verb phrase.
        if (!c.veto && !c.targets.length && !p.chain.passive) {
          const shared = sharedObject(f, c.evEnd, c.sources);
          if (shared >= 0) {
            c.targets = [shared];
            c.notes.push('object: the party closing a coordinated verb phrase ("ties with and … in X")');
            continue;
          }
        }
        if (c.veto || c.targets.length || c.symmetric || p.chain.passive) continue;
        const root = c.code.slice(0, 2);
        // A visit's place is its host: "Obama attended a summit in Switzerland" → target Switzerland.
        // Responsibility for and sorrow over an incident go to where it happened: "expressed sorrow for the shootings in Texas".
        const places = PLACE_ROOTS.has(root) || c.code.startsWith('042') || INCIDENT_CODES.has(c.code);
        // Talk and cooperation (01–05, intents 03) have topics after "on"/"about", not parties.
        // ("responsibility for the attack on the embassy": the incident's object is its party, no topic).
        const topics = root <= '05' && !INCIDENT_CODES.has(c.code);
        // "rejected an Indian proposal", "expelled three Iranian diplomats posted in Vienna": a party inside the pattern's
        // words qualifies the object itself, so it beats whatever follows the verb group.
        const skip = (m: number): boolean => c.sources.includes(m) || ownParty(f, c, m);
        let obj: number[] = [];
        for (let i = c.anchor + 1; i < c.evEnd; i++) {
          const m = f.ci.mentionAt[i]!;
          // "contribute up to 4,000 troops": an agent word with no country is what is given, not who receives it;
          // "Iran deployed troops": nor is the source's own instrument.
          if (m >= 0 && f.ci.hasCountry[m] && !skip(m)) {
            obj = [m];
            break;
          }
        }
        const control = controlKind(f.ci.t.lemma[c.anchor]!, f.ci.t.norm[c.anchor]!) !== null;
        if (!obj.length) obj = findObject(f.ci, c.evEnd, f.s1, places, topics, skip, control || c.evEnd - 1 > c.anchor).filter((m) => !skip(m));
        // "Chile said shells were fired at it": an object pronoun in reported speech stands for the one speaking.
        if (!obj.length) obj = speakerAsObject(f, p, c.evEnd).filter((m) => !skip(m));
        if (obj.length) {
          c.targets = obj;
          c.notes.push('object: first party after the verb');
        } else if (c.code.startsWith('13')) {
          // "Russia threatened to stop the talks if the United States deploys missiles": a threat is made to the party
          // whose act is its condition.
          const cond = conditionSubject(f, c.evEnd);
          if (cond >= 0 && !skip(cond)) {
            c.targets = [cond];
            c.notes.push('object: the subject of the threat\'s condition');
          }
        }
      }
    },
  },
  // A complaint's addressee is not what is complained of: "complained to the UN over Israeli air raids" → target Israel.
  {
    name: 'grievance',
    example: '"Kenya complained to the UN over Ugandan raids" → target Uganda, not the UN; "marched in Nairobi in defiance of Ugandan rule" → Uganda',
    run(ps, f) {
      const t = f.ci.t;
      for (const p of ps) {
        const c = p.c;
        if (c.veto || c.targets.length > 1 || p.chain.passive) continue;
        const root = c.code.slice(0, 2);
        if (root !== '11' && root !== '14') continue;
        // "marched in Minsk in defiance of Belarusian police": whom a protest defies is its target.
        if (root === '14') {
          const defied = defiedParty(f, c);
          if (defied >= 0) {
            c.targets = [defied];
            c.notes.push('grievance: the party defied');
            continue;
          }
        }
        // "Slovak officials are failing to protect …, a rights group complained": a complaint verb closing the
        // sentence reports it; the complaint is about the reported clause's subject.
        if (!c.targets.length) {
          const reported = reportedComplaint(f, c);
          if (reported >= 0) {
            c.targets = [reported];
            if (root === '14') c.code = '114';
            c.notes.push('grievance: complaint closing the sentence, about the subject of what it reports');
          }
          continue;
        }
        const addressee = c.targets[0]!;
        let before = f.ci.mentionBegin[addressee]! - 1;
        if (t.pos[before] === 'DET') before--;
        // Only an addressee after the verb ("to the UN", "with China"), never a direct object ("accused Israel over …").
        if (before <= c.anchor || (t.norm[before] !== 'to' && t.norm[before] !== 'with')) continue;
        const grievance = grievanceParty(f, c, f.ci.mentionEnd[addressee]!);
        if (grievance >= 0) {
          c.targets = [grievance];
          c.notes.push('grievance: the party complained of, not the addressee');
        }
      }
    },
  },
  // Negation after control mapping: "did not attack" stays 190 but negated.
  {
    name: 'negation',
    grammar: true,
    example: '"Israel did not attack Gaza" → negated',
    run(ps) {
      for (const p of ps) {
        if (p.chain.negated) {
          const r = p.chain.control === null ? refusalCode(p.c.code) : null;
          // "did not agree to meet" is a refusal to meet; "did not attack" is a negated attack.
          if (r && (p.c.code.startsWith('03') || p.c.code.startsWith('08'))) {
            p.c.notes.push(`negated: ${p.c.code}→${r}`);
            p.c.code = r;
          } else p.c.negated = true;
        }
      }
    },
  },
  // Parties: resolve pronouns and "the two", drop reporters and self-targets, require a source.
  {
    name: 'parties',
    example: '"…, the Foreign Ministry said" is no party; "The two vowed to meet" takes the last pair',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        if (c.veto) continue;
        c.sources = c.sources.filter((m) => !f.ci.attribution[f.ci.mentionBegin[m]!]);
        c.targets = c.targets.filter((m) => !f.ci.attribution[f.ci.mentionBegin[m]!] && !c.sources.includes(m));
        // "Chad says it is ready to pull back": the pronoun is the speaker.
        if (!c.sources.length && p.speech !== undefined && p.speech >= 0 && pronounSubject(f, c.chainStart) === 'one') {
          let j = p.speech;
          while (j - 1 >= f.s0 && (f.ci.t.pos[j - 1] === 'AUX' || f.ci.t.pos[j - 1] === 'ADV')) j--;
          const speaker = findSubject(f.ci, j, f.s0);
          if (speaker.length) {
            c.sources = speaker;
            c.notes.push('parties: pronoun → the speaker');
          }
        }
        if (!c.sources.length) {
          const ref = pronounSubject(f, c.chainStart);
          if (ref === 'pair' && f.lastPair.length >= 2) {
            c.sources = [...f.lastPair];
            c.notes.push('parties: "the two" → previous pair');
          } else if (ref === 'one' && f.lastSubject.length) {
            c.sources = [...f.lastSubject];
            c.notes.push('parties: pronoun → previous subject');
          }
        }
        if (!c.sources.length) veto(c, 'no source actor');
        // "Nepalese peacekeeping soldiers arrived in South Sudan": forces arriving are deployed, not visiting.
        else if ((c.code.startsWith('042') || c.code.startsWith('043')) && c.sources.every((m) => f.mentionAgents(m).includes('MIL')) && /^(troops|forces|soldiers|peacekeepers|units|contingent|battalion)$/.test(f.ci.t.norm[f.ci.mentionEnd[c.sources[0]!]! - 1]!)) veto(c, 'troops arriving are deployed, not visiting');
        // "Israel's Cabinet met": a meeting needs two parties.
        else if (c.pattern?.symmetric && !c.targets.length && c.sources.length < 2 && !c.code.startsWith('03')) veto(c, 'symmetric event with one party');
        c.reportedBy = f.reportedBy;
      }
    },
  },
  // Killing done by armed forces is the use of military force (190); the 18x assaults are physical, non-military violence.
  {
    name: 'armed-force',
    example: '"Israeli troops killed three militants" → 190; "a mob killed a man" → 1823',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        // (A place where the killing happened says nothing of who did it: "a tourist was killed in Egypt" stays 1823.)
        if (c.veto || c.code !== '1823' || !c.pattern || !c.pattern.text.startsWith('kill') || !c.sources.length || c.siteSource) continue;
        // A state itself ("Israel killed …"), its military, or an armed group.
        // "killed in an Israeli raid": a nation's raid, strike or shelling is its forces' doing.
        const means = attackAgent(f.ci, c.anchor, f.s1);
        const armed = c.sources.every((m) => {
          const a = f.mentionAgents(m);
          return f.mentionIsState(m) || a.some((x) => ARMED_AGENTS.has(x)) || (means !== null && means.agent.includes(m) && f.mentionCountry(m) !== null);
        });
        if (armed) {
          c.notes.push('killing by an armed force: 1823→190');
          c.code = '190';
        }
      }
    },
  },
  // Violence in a protest is coded as such: rioting by the crowd (145), violent repression by the police or army (175).
  {
    name: 'protest-violence',
    example: '"Protesters demolished the building" → 145; "police clashed with demonstrators" → 175 police→demonstrators, 145 back',
    run(ps, f) {
      const forces = (ms: number[]): boolean => ms.length > 0 && ms.every((m) => f.mentionAgents(m).some((a) => a === 'COP' || a === 'MIL'));
      const crowd = (ms: number[]): boolean => ms.length > 0 && ms.every((m) => f.mentionIsProtester(m));
      for (const p of [...ps]) {
        const c = p.c;
        // Without a party it is done to, the act stays for the victim rule to judge ("a protester demolished the building").
        if (c.veto || !CROWD_VIOLENCE.has(c.code) || !c.targets.length) continue;
        const clash = c.symmetric && crowd(c.sources) && forces(c.targets);
        if (crowd(c.sources) && !clash) {
          // "A protester demolished the building", "rioters attacked the police": a violent protest.
          c.notes.push(`violence by protesters: ${c.code}→145`);
          c.code = '145';
          c.symmetric = false;
        } else if ((forces(c.sources) && crowd(c.targets)) || clash) {
          const [police, people] = forces(c.sources) ? [c.sources, c.targets] : [c.targets, c.sources];
          const wasSymmetric = c.symmetric;
          c.notes.push(`force against protesters: ${c.code}→175`);
          c.code = '175';
          c.sources = police;
          c.targets = people;
          c.symmetric = false;
          // "police clashed with demonstrators": the crowd's side of a clash is a riot.
          if (wasSymmetric) ps.push({ ...p, c: { ...c, code: '145', sources: people, targets: police, notes: [...c.notes, 'the crowd\'s side of the clash: 145'] } });
        }
      }
    },
  },
  // Releasing people is 0841, as the dictionary's "release prisoners": "the detainees were freed by Kenya".
  {
    name: 'release-persons',
    example: '"The civilians were released by Russia" → 0841',
    run(ps, f) {
      for (const p of ps) {
        const c = p.c;
        if (c.veto || c.code !== '084' || !c.targets.length) continue;
        if (c.targets.every((m) => f.mentionAgents(m).some((a) => a === 'CVL' || a === 'REF'))) {
          c.notes.push('release of people: 084→0841');
          c.code = '0841';
        }
      }
    },
  },
  // Denying one's own act is denying responsibility (016), not rejecting a proposal (12x).
  {
    name: 'denial',
    grammar: true,
    example: '"Russia denied bombing Aleppo", "Russia denied that its jets had bombed Aleppo" → 016',
    run(ps, f) {
      const t = f.ci.t;
      for (const p of ps) {
        const c = p.c;
        if (c.veto || c.nominal || t.lemma[c.anchor] !== 'deny' || !c.code.startsWith('12')) continue;
        const next = c.anchor + 1;
        if (next >= f.s1) continue;
        // "denied bombing Aleppo": the gerund's subject is the one denying.
        const gerund = (t.pos[next] === 'VERB' || t.pos[next] === 'NOUN') && t.norm[next]!.endsWith('ing');
        // "denied that its jets had bombed …", "denied it had attacked …": the denier's own act.
        const k = t.norm[next] === 'that' ? next + 1 : next;
        const own = /^(it|its|they|their|he|his|she|her|we|our)$/.test(t.norm[k] ?? '');
        if (!gerund && !own) continue;
        c.notes.push(`denial of its own act: ${c.code}→016`);
        c.code = '016';
        // The act denied is not coded as done: "denied it had attacked Gaza".
        let stop = f.s1;
        for (let i = k; i < f.s1; i++) if (t.norm[i] === ';' || t.norm[i] === 'but') { stop = i; break; }
        for (const q of ps) if (q !== p && !q.c.veto && q.c.anchor > c.anchor && q.c.anchor < stop) veto(q.c, `denied by "${t.norm[c.anchor]}"`);
      }
    },
  },
  // A claim or an allegation is the news, not the act it reports: the act is only asserted.
  {
    name: 'allegation',
    grammar: true,
    example: '"France claimed that Boko Haram had attacked Chad" → 112 FRA→Boko Haram; "Kenya claimed it had attacked the camp" → 015',
    run(ps, f) {
      const t = f.ci.t;
      for (const p of ps) {
        const c = p.c;
        if (c.veto || c.negated) continue;
        const conflict = CONFLICT_ROOTS.has(c.code.slice(0, 2));
        // "Israel alleged Syria shelled Lebanon", coded by an allegation pattern ("112 allege TGT"): the act is what is alleged.
        const accusation = ps.find((q) => q !== p && !q.c.veto && q.c.code.startsWith('112') && q.c.anchor < c.chainStart && c.sources.some((m) => q.c.targets.includes(m)));
        if (accusation && conflict) {
          veto(c, `only alleged by "${t.norm[accusation.c.anchor]}", which is coded`);
          continue;
        }
        if (p.speech === undefined || p.speech < 0) continue;
        const claim = speechLemma(t, p.speech);
        if (!claim || !c.sources.length) continue;
        const plain = !p.chain.control && !p.chain.future && !p.chain.hypothetical;
        let j = p.speech;
        while (j - 1 >= f.s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV')) j--;
        const speaker = findSubject(f.ci, j, f.s0);
        const own = speaker.length > 0 && c.sources.every((m) => speaker.includes(m) || sameCountry(f, m, speaker));
        if (!own && ALLEGATION_VERBS.has(claim) && (!conflict || !speaker.length)) {
          // "A report alleged that France contributed to …": an allegation with no party to accuse, or of no wrong, is not an act.
          veto(c, `only alleged ("${t.norm[p.speech]}")`);
          continue;
        }
        // PETRARCH-2 codes a speaker's report of its own violence, done or announced, as a claim: "Chile said it will
        // shell the border" → 015 (the plover standard keeps the threat, 138).
        const violent = c.pattern !== null && VIOLENT_ROOTS.has(c.pattern.code.slice(0, 2));
        if (f.standard === 'petrarch' && own && REPORT_VERBS.has(claim) && violent && !p.chain.control && !p.chain.hypothetical) {
          c.notes.push(`petrarch standard: "${t.norm[p.speech]}" of its own violent act: ${c.code}→015`);
          c.code = '015';
          c.symmetric = false;
          continue;
        }
        if (!conflict || !speaker.length || !plain) continue;
        if (own && OWN_CLAIM_VERBS.has(claim)) {
          // "claimed that they had attacked Iraq": the speaker takes responsibility for its own act.
          c.notes.push(`"${t.norm[p.speech]}" of its own act: ${c.code}→015`);
          c.code = '015';
          c.symmetric = false;
        } else if (!own && (ALLEGATION_VERBS.has(claim) || (f.standard === 'petrarch' && REPORT_VERBS.has(claim) && violent && speaker.some((m) => f.mentionCountry(m) !== null)))) {
          // "claimed that Boko Haram had attacked Chad": the speaker accuses the one said to act. Under the petrarch
          // standard a plain report does too: "Chile said Peruvian troops shelled the border" → 112 Chile → Peru — when the
          // speaker can be coded ("police said …" with no country keeps the act).
          c.notes.push(`"${t.norm[p.speech]}" of another's act: ${c.code}→112, speaker → the accused`);
          c.targets = c.sources.filter((m) => !speaker.includes(m));
          c.sources = speaker;
          c.code = '112';
          c.symmetric = false;
        }
      }
    },
  },
  // Background: relative clauses and parentheticals describe, they do not report ("…, whom they had taken hostage").
  {
    name: 'background',
    example: '"Biegun, who doubles as the nuclear envoy, …", "guerrillas who overran it", "jailed him for helping rebels"',
    run(ps, f) {
      for (const p of ps) {
        const t = f.ci.t;
        if (f.ci.paren[p.c.anchor]) veto(p.c, 'inside a relative clause or parenthesis: background');
        else if (p.c.chainStart - 1 >= f.s0 && /^(who|whom|which)$/.test(t.norm[p.c.chainStart - 1]!)) veto(p.c, 'relative clause: background');
        else if (f.background && adverbialClause(f, p.c.chainStart)) veto(p.c, 'adverbial clause ("after …", "as …"): background');
        else if (!p.c.nominal && (reducedRelative(f, p.c.chainStart) || subjectRelative(f, p.c.chainStart))) veto(p.c, 'participle after a noun ("weapons seized last year"): background');
        else if (!p.c.nominal && gerundComplement(f, p.c.chainStart)) veto(p.c, 'gerund after a preposition ("charging it with supporting rebels"): what is said or decided, not a new act');
        else if (relativeWithSubject(f, p.c.chainStart)) veto(p.c, 'relative clause with its own subject ("whom they had taken hostage"): background');
        // "jailed a student for helping militants", "thanked Japan for sending aid": the reason for another act, not news of its own.
        else if (!p.c.nominal && p.c.chainStart - 1 >= f.s0 && t.norm[p.c.chainStart - 1] === 'for' && t.norm[p.c.chainStart]!.endsWith('ing')) veto(p.c, '"for …ing": the reason for another act, background');
      }
    },
  },
  // Purpose: "began a hunger strike to demand reforms" reports the strike; the infinitive of purpose is its aim, not a second act.
  {
    name: 'purpose',
    example: '"Japan sent envoys to Seoul to discuss trade" → the sending, not a discussion',
    run(ps, f) {
      const t = f.ci.t;
      for (const p of ps) {
        const c = p.c;
        if (c.veto || c.nominal || p.chain.control !== null || c.chainStart - 1 < f.s0 || t.norm[c.chainStart - 1] !== 'to') continue;
        // The word before "to" ends a noun phrase or an adverbial ("tear gas to", "yesterday to"), not a verb or adjective ("agreed to", "ready to").
        const w = t.pos[c.chainStart - 2];
        if (c.chainStart - 2 < f.s0 || w === 'VERB' || w === 'AUX' || w === 'ADJ' || w === 'PART') continue;
        const main = ps.find((q) => q !== p && !q.c.veto && q.c.anchor < c.chainStart - 1);
        if (main) veto(c, `infinitive of purpose of "${main.c.pattern?.text}"`);
      }
    },
  },
  // A participle that goes with a coded act of the same subject elaborates it: "demonstrated in Kirkuk calling for
  // independence", "rejected the proposal, urging Delhi to sign SAFTA", "staged rallies …, saying he must resign".
  {
    name: 'elaboration',
    example: '"Kurds demonstrated on Sunday calling for independence" → the demonstration only',
    run(ps, f) {
      const t = f.ci.t;
      for (const p of ps) {
        const c = p.c;
        if (c.veto) continue;
        // The participle that opens the clause: the chain itself ("calling for") or its speech verb (", saying he …").
        const ing = t.norm[c.chainStart]!.endsWith('ing') && t.pos[c.chainStart] === 'VERB' ? c.chainStart : p.speech !== undefined && p.speech >= 0 && t.norm[p.speech]!.endsWith('ing') && t.pos[p.speech] === 'VERB' ? p.speech : -1;
        if (ing < 0 || ing - 1 < f.s0) continue;
        const before = t.pos[ing - 1];
        if (!(t.norm[ing - 1] === ',' || before === 'NOUN' || before === 'PROPN')) continue;
        const main = ps.find(
          (q) => q !== p && !q.c.veto && !q.c.nominal && q.c.anchor < ing && c.sources.length > 0 && c.sources.every((s) => q.c.sources.includes(s)),
        );
        if (!main) continue;
        // A participle with its own, different target is a second act: "attacked Gaza, killing three Egyptians".
        const sameTargets = !c.targets.length || c.targets.every((x) => main.c.targets.includes(x) || f.mentionCountry(x) === null || main.c.targets.some((y) => f.mentionCountry(y) === f.mentionCountry(x)));
        if (sameTargets) veto(c, `participle elaborating "${main.c.pattern?.text ?? t.norm[main.c.anchor]}"`);
      }
    },
  },
  // Material conflict needs someone it is done to: "…, killing one person" with no party named codes nothing.
  {
    name: 'conflict-target',
    example: '"Police opened fire, killing one person" → no event for "killing"',
    run(ps) {
      for (const p of ps) {
        const code = p.c.code;
        const victim = (code.startsWith('19') && code !== '196') || VICTIM_CODES.has(code);
        if (!p.c.veto && !p.c.targets.length && victim) veto(p.c, 'material conflict without a target party');
      }
    },
  },
  // One event per stretch of words: the most specific pattern wins ("held talks with" over "talks").
  {
    name: 'overlap',
    example: '"held phone talks with Choi": "hold talks with" and "phone talks" overlap; the longer pattern wins',
    run(ps) {
      const live = ps.filter((p) => !p.c.veto);
      for (const a of live) {
        for (const b of live) {
          if (a === b || a.c.veto || b.c.veto) continue;
          const overlap = a.c.evStart < b.c.evEnd && b.c.evStart < a.c.evEnd;
          if (!overlap) continue;
          const wa = a.c.score;
          const wb = b.c.score;
          const sa = codeDepth(a.c.code);
          const sb = codeDepth(b.c.code);
          if (wa > wb || (wa === wb && (sa > sb || (sa === sb && ((!a.c.nominal && b.c.nominal) || (a.c.nominal === b.c.nominal && a.c.anchor < b.c.anchor)))))) {
            veto(b.c, `overlaps "${a.c.pattern?.text}" which is more specific`);
          }
        }
      }
    },
  },
];

/**
 * The party addressed between a speech word and a "that"-clause whose subject is a pronoun: "issued a reminder to Iraq
 * that it must cooperate", "told Japan that it must" → Iraq, Japan. -1 when the clause's subject is no such pronoun,
 * or when no single party other than the speaker stands between.
 */
function pronounAddressee(f: SentenceFacts, speech: number, chainStart: number, speaker: number[]): number {
  const t = f.ci.t;
  let j = chainStart - 1;
  while (j > speech && (t.pos[j] === 'AUX' || t.pos[j] === 'ADV')) j--;
  if (j <= speech || t.pos[j] !== 'PRON' || !/^(it|they)$/.test(t.norm[j]!) || t.norm[j - 1] !== 'that') return -1;
  let found = -1;
  for (let i = speech + 1; i < j - 1; i++) {
    const m = f.ci.mentionStart[i]!;
    if (m < 0 || speaker.includes(m)) continue;
    if (found >= 0 && found !== m) return -1;
    found = m;
  }
  return found >= 0 && f.ci.hasCountry[found] ? found : -1;
}

/** Does a candidate's evidence hold a common noun of its own after the anchor ("agreed to US mediation")? */
function ownObjectNoun(f: SentenceFacts, c: Candidate): boolean {
  for (let i = c.anchor + 1; i < c.evEnd; i++) if (f.ci.t.pos[i] === 'NOUN' && f.ci.mentionAt[i]! < 0) return true;
  return false;
}

/** A preposition among the tokens [from, to). */
function prepositionBetween(f: SentenceFacts, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (f.ci.t.pos[i] === 'ADP') return true;
  return false;
}

/** Verbs that, closing a sentence after its subject, report a complaint: "…, a rights group protested". */
const COMPLAINT_REPORTS = new Set(['protest', 'complain', 'charge']);

/**
 * "Slovak officials are failing …, a rights group complained on Friday.": when a complaint verb ends the
 * sentence after ", SUBJECT", the subject of the clause before the comma, if it is a party; else -1.
 */
function reportedComplaint(f: SentenceFacts, c: Candidate): number {
  const t = f.ci.t;
  if (!COMPLAINT_REPORTS.has(t.lemma[c.anchor]!) || t.pos[c.anchor] !== 'VERB') return -1;
  for (let i = c.anchor + 1; i < f.s1; i++) {
    if (t.pos[i] === 'PUNCT' && i === f.s1 - 1) break;
    if (!(t.pos[i] === 'ADV' || TIME_WORDS.test(t.norm[i]!) || t.norm[i] === 'here')) return -1;
  }
  const src = c.sources[0];
  if (src === undefined) return -1;
  let b = f.ci.mentionBegin[src]! - 1;
  while (b > f.s0 && (t.pos[b] === 'DET' || t.pos[b] === 'ADJ')) b--;
  if (t.norm[b] !== ',' || b <= f.s0) return -1;
  // The reported clause's subject: the first party of the sentence, before its first verb.
  for (let i = f.s0; i < b; i++) {
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return -1;
    const m = f.ci.mentionStart[i]!;
    if (m >= 0) return f.ci.hasCountry[m] && !c.sources.includes(m) ? m : -1;
  }
  return -1;
}

/** "in defiance of X" after a protest's words, in the same clause: X. */
function defiedParty(f: SentenceFacts, c: Candidate): number {
  const t = f.ci.t;
  for (let i = c.evEnd; i + 2 < f.s1 && i < c.evEnd + 12; i++) {
    const n = t.norm[i]!;
    if (n === ',' || n === ';' || t.pos[i] === 'VERB' || t.pos[i] === 'SCONJ' || f.ci.attribution[i]) return -1;
    if (n !== 'defiance' || t.norm[i + 1] !== 'of') continue;
    for (let j = i + 2; j < f.s1 && j < i + 6; j++) {
      const m = f.ci.mentionStart[j]!;
      if (m >= 0) return f.ci.hasCountry[m] && !c.sources.includes(m) ? m : -1;
      if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ') return -1;
    }
    return -1;
  }
  return -1;
}

/** Prepositions introducing what a complaint or protest is about. */
const GRIEVANCE_PREPS = new Set(['over', 'about', 'against']);

/** Words of a short time adverbial between an addressee and the grievance phrase. */
const TIME_WORDS = /^(on|last|this|again|today|yesterday|earlier|also|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening)$/;

/**
 * The party inside an "over/about/against …" phrase right after an addressee: "to the UN [on Friday] over three Turkish air
 * raids". The phrase must follow within a few words, and the party must come before the clause ends.
 */
function grievanceParty(f: SentenceFacts, c: Candidate, from: number): number {
  const t = f.ci.t;
  let i = from;
  // Step over a time adverbial only: "on Tuesday", "last week", "again".
  while (i < f.s1 && i < from + 3 && !GRIEVANCE_PREPS.has(t.norm[i]!)) {
    if (!TIME_WORDS.test(t.norm[i]!)) return -1;
    i++;
  }
  if (i >= f.s1 || !GRIEVANCE_PREPS.has(t.norm[i]!)) return -1;
  for (let j = i + 1; j < f.s1 && j < i + 7; j++) {
    if (f.ci.attribution[j] || f.ci.paren[j]) return -1;
    const n = t.norm[j]!;
    if (n === ',' || n === ';' || t.pos[j] === 'VERB' || t.pos[j] === 'SCONJ' || n === 'which' || n === 'that') return -1;
    const m = f.ci.mentionStart[j]!;
    if (m >= 0) return f.ci.hasCountry[m] && !c.sources.includes(m) ? m : -1;
  }
  return -1;
}

/** Acts of physical violence that, done in a protest, are rioting or its repression (not shelling or air strikes). */
const CROWD_VIOLENCE = new Set(['171', '1711', '1712', '180', '182', '190', '193']);

/** Agents that fight with military force: armies, rebels, insurgents, armed groups. */
const ARMED_AGENTS = new Set(['MIL', 'REB', 'UAF', 'INS']);

/** Roots of material conflict (15–20): what one claims to have done, or accuses another of. */
const CONFLICT_ROOTS = new Set(['15', '16', '17', '18', '19', '20']);

/** Speech verbs that report one's own act as a claim of responsibility: "claimed that it had attacked". */
const OWN_CLAIM_VERBS = new Set(['claim', 'admit', 'acknowledge', 'confess']);

/** Speech verbs that assert another's act without vouching for it: "alleged that the army attacked". */
const ALLEGATION_VERBS = new Set(['claim', 'allege']);

/** The speaker, when the word at `k` is an object pronoun ("it", "them") in a clause that speaker reports; else []. */
function speakerAsObject(f: SentenceFacts, p: Proposal, k: number): number[] {
  const t = f.ci.t;
  if (p.speech === undefined || p.speech < 0 || k >= f.s1 || t.pos[k] !== 'PRON' || !/^(it|them|us)$/.test(t.norm[k]!)) return [];
  let j = p.speech;
  while (j - 1 >= f.s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV')) j--;
  const speaker = findSubject(f.ci, j, f.s0);
  return speaker.length === 1 ? speaker : [];
}

/** Violence (assault, fight, mass violence): what the petrarch standard reads as claimed or alleged when a speaker reports it. */
const VIOLENT_ROOTS = new Set(['18', '19', '20']);

/** Plain report verbs: under the petrarch standard, a speaker reporting another party's violence accuses it. */
const REPORT_VERBS = new Set(['say', 'tell', 'report', 'state', 'announce', 'add', 'declare', 'confirm']);

/** Is the verb at `start` the first verb of the clause after the speech word at `speech` ("demanded that X withdraw")? */
function clauseHead(f: SentenceFacts, speech: number, start: number): boolean {
  const t = f.ci.t;
  for (let k = speech + 1; k < start; k++) if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return false;
  return start > speech;
}

/** Is the control word at `k` a verb or adjective of commitment ("agreed", "pledged", "is scheduled")? */
function commitment(f: SentenceFacts, k: number): boolean {
  const t = f.ci.t;
  if (k < 0 || (t.pos[k] !== 'VERB' && t.pos[k] !== 'ADJ' && t.pos[k] !== 'AUX')) return false;
  return COMMITMENT_VERBS.has(t.lemma[k]!) || COMMITMENT_VERBS.has(t.norm[k]!);
}

/** Does a mention belong to the country of one of the speaker's mentions ("Iraq claimed its forces …")? */
function sameCountry(f: SentenceFacts, m: number, speaker: number[]): boolean {
  const c = f.mentionCountry(m);
  return c !== null && speaker.some((s) => f.mentionCountry(s) === c && stateSide(f, s));
}

/** Organs of a state: what its forces do is its own act. */
const STATE_ORGANS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * Does a speaker speak for its state ("Kenya", "the Kenyan army")? A monitor or a group of the same country ("a
 * Syrian rights observatory said government forces killed …") reports another's act, not its own.
 */
function stateSide(f: SentenceFacts, s: number): boolean {
  const agents = f.mentionAgents(s);
  return agents.length ? agents.some((a) => STATE_ORGANS.has(a)) : f.mentionIsState(s);
}

/** How specific a code is: "0841" over "084" over "080". */
function codeDepth(code: string): number {
  return code.length * 2 + (code.endsWith('0') ? 0 : 1);
}

/** The party that is the subject of an "if"/"unless" clause after `from`, or -1. */
function conditionSubject(f: SentenceFacts, from: number): number {
  const t = f.ci.t;
  for (let i = from; i < f.s1; i++) {
    if (t.norm[i] !== 'if' && t.norm[i] !== 'unless') continue;
    for (let j = i + 1; j < f.s1 && j < i + 6; j++) {
      if (t.pos[j] === 'VERB' || t.pos[j] === 'AUX' || t.pos[j] === 'PUNCT') break;
      const m = f.ci.mentionAt[j]!;
      if (m >= 0 && f.mentionCountry(m)) return m;
    }
    return -1;
  }
  return -1;
}

/** Words that demand what their "that"-clause says: "demanded that …", "insisted that …", "its demand that …". */
const DEMAND_WORDS = new Set(['demand', 'insist', 'urge']);

/** Is the clause at `start` the "that"-complement of a demand word at `speech`? */
function demandThat(f: SentenceFacts, speech: number, start: number): boolean {
  const t = f.ci.t;
  if (!DEMAND_WORDS.has(t.lemma[speech]!)) return false;
  for (let i = speech + 1; i < start; i++) if (t.norm[i] === 'that') return true;
  return false;
}

/** Who issued a reminder or statement: "Chirac issued a stern reminder to Iraq" → Chirac. */
function nounOwner(f: SentenceFacts, noun: number): number[] {
  const t = f.ci.t;
  for (let i = noun - 1; i >= f.s0 && i > noun - 6; i--) {
    const m = f.ci.mentionAt[i]!;
    if (m >= 0) return [m];
    if (t.pos[i] === 'VERB') {
      let j = i;
      while (j - 1 >= f.s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV')) j--;
      return findSubject(f.ci, j, f.s0);
    }
  }
  return [];
}

/** Acts that are done to a victim: without one named, the event says too little to code. */
const VICTIM_CODES = new Set(['171', '173', '174', '182', '1821', '1822', '1823', '185', '186', '200', '202']);

/** Can a control word recode this act? ("refused to meet" yes; "rejected an ultimatum" no). */
function mappable(control: string | null, code: string): boolean {
  switch (control) {
    case 'refusal':
      return refusalCode(code) !== null;
    case 'threat':
      return (threatCode(code) ?? intentCode(code)) !== null;
    case 'appeal':
    case 'demand':
      return (appealCode(code) ?? demandCode(code)) !== null;
    default:
      return true;
  }
}

const SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'once', 'whenever']);

/** Is the verb complex at `start` inside an adverbial clause: "as the opposition threatened to storm …"? */
function adverbialClause(f: SentenceFacts, start: number): boolean {
  const t = f.ci.t;
  for (let i = start - 1; i >= f.s0; i--) {
    const n = t.norm[i]!;
    if (SUBORDINATORS.has(n) && (t.pos[i] === 'SCONJ' || t.pos[i] === 'ADP')) {
      // "The stopover came as Israel announced …": the main clause only times the news the as-clause reports.
      if (n === 'as' && i - 1 >= f.s0 && t.lemma[i - 1] === 'come') return false;
      // "as the opposition threatened": something (the subject) stands between the subordinator and the verb.
      return i + 1 < start;
    }
    // "after Al-Qaeda-linked rebels kidnapped …": a participle inside a hyphenated modifier is no verb of the clause.
    if (n === ',' || n === ';' || n === ':' || (t.pos[i] === 'VERB' && !(i - 1 >= f.s0 && t.norm[i - 1] === '-'))) return false;
  }
  return false;
}

/** Words that can follow a passive participle modifying a noun: "seized by", "signed in March", "seized last year". */
const AFTER_PARTICIPLE = new Set(['by', 'in', 'on', 'at', 'from', 'during', 'last', 'earlier', 'yesterday', 'since', 'under', 'over', 'for']);

/** Simple past forms that are never past participles: "Kenyans held in camps went on strike" — "went" is the clause's verb. */
const PAST_ONLY = new Set([
  'went', 'came', 'began', 'took', 'gave', 'saw', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'rose', 'fell', 'flew', 'grew',
  'knew', 'threw', 'drew', 'froze', 'stole', 'swore', 'tore', 'wore', 'shook', 'forgave', 'ran', 'sang', 'swam', 'drank',
  'became', 'withdrew', 'arose', 'ate', 'forbade', 'undertook', 'overtook', 'overran', 'rode', 'woke', 'overcame', 'forgot',
]);

/**
 * Is the verb at `start` a past participle modifying the noun before it, inside a clause whose verb came earlier?
 * "demanded the return of property seized by the army" → "seized" describes the property; "Rebels seized a town" and
 * "police said rebels attacked on Monday" stay events.
 */
function reducedRelative(f: SentenceFacts, start: number): boolean {
  const t = f.ci.t;
  if (t.pos[start] !== 'VERB' || start - 1 < f.s0 || start + 1 >= f.s1) return false;
  const n = t.norm[start]!;
  if (n === t.lemma[start] || n.endsWith('ing') || n.endsWith('s') || PAST_ONLY.has(n)) return false;
  if (t.pos[start - 1] !== 'NOUN') return false;
  if (!AFTER_PARTICIPLE.has(t.norm[start + 1]!)) return false;
  // The nearest earlier verb must govern the noun phrase, not report a clause ("said rebels attacked").
  for (let i = start - 2; i >= f.s0; i--) {
    // "weapons and military equipment seized": an "and" between nouns joins the noun phrase, not clauses.
    const nounAnd = t.norm[i] === 'and' && t.pos[i - 1] === 'NOUN' && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'ADJ');
    if (t.norm[i] === ',' || t.norm[i] === ';' || (t.norm[i] === 'and' && !nounAnd) || t.norm[i] === 'but' || t.norm[i] === 'that') return false;
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return !SPEECH_VERBS.has(t.lemma[i]!) && t.pos[i] === 'VERB';
  }
  return false;
}

/**
 * Is the verb at `start` a past participle inside the subject, with the clause's own verb after its phrase?
 * "Tamils detained in Indian camps staged a protest": "detained" describes the subject; "staged" is what it did.
 * Only when nothing but the subject's words stands before it, and its phrase runs straight into a finite verb.
 */
function subjectRelative(f: SentenceFacts, start: number): boolean {
  const t = f.ci.t;
  if (t.pos[start] !== 'VERB' || start - 1 < f.s0 || start + 1 >= f.s1) return false;
  const n = t.norm[start]!;
  if (n === t.lemma[start] || n.endsWith('ing') || n.endsWith('s') || PAST_ONLY.has(n)) return false;
  if (t.pos[start - 1] !== 'NOUN' && t.pos[start - 1] !== 'PROPN') return false;
  if (!AFTER_PARTICIPLE.has(t.norm[start + 1]!) || t.norm[start + 1] === 'by') return false;
  for (let i = f.s0; i < start; i++) if (!SUBJECT_WORDS.has(t.pos[i]!) && !approximator(t, i, f.s1)) return false;
  for (let i = start + 2; i < f.s1 && i < start + 10; i++) {
    const pos = t.pos[i]!;
    // "Japan resigned on Sunday as Korea threatened …": a new clause, with its own subject, is not the phrase's verb.
    if (SUBORDINATORS.has(t.norm[i]!) || t.norm[i] === 'that' || t.norm[i] === 'and') return false;
    // "in the occupied West Bank": a participle after a determiner or adjective is attributive, still the phrase.
    if (SUBJECT_WORDS.has(pos) || pos === 'ADP' || (pos === 'VERB' && (t.pos[i - 1] === 'DET' || t.pos[i - 1] === 'ADJ'))) continue;
    // "…staged a protest", "…have begun a strike": a finite verb, not a participle ("…, demanding"), ends the phrase.
    return (pos === 'VERB' && !t.norm[i]!.endsWith('ing')) || pos === 'AUX';
  }
  return false;
}

/** Words of a noun phrase before its verb: "Tamil refugees", "the two Iranian fishermen". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Prepositions whose gerund is the content of another word: "accused of violating", "charged with supporting", "the decision of sending". */
const GERUND_PREPS = new Set(['of', 'with', 'for', 'about', 'over', 'against', 'in', 'without']);

/** Is the verb complex at `start` a gerund right after such a preposition? ("guilty of violating the ceasefire") */
function gerundComplement(f: SentenceFacts, start: number): boolean {
  const t = f.ci.t;
  if (start - 1 < f.s0 || !t.norm[start]!.endsWith('ing') || t.pos[start] !== 'VERB') return false;
  return GERUND_PREPS.has(t.norm[start - 1]!) && t.pos[start - 1] === 'ADP';
}

/** Is the verb complex at `start` in ", whom they had taken", ", which the army seized": a relative pronoun, then a short subject? */
function relativeWithSubject(f: SentenceFacts, start: number): boolean {
  const t = f.ci.t;
  for (let i = start - 1; i >= f.s0 && start - i <= 5; i--) {
    const n = t.norm[i]!;
    if ((n === 'whom' || n === 'which') && i + 1 < start) return i - 1 >= f.s0 && (t.norm[i - 1] === ',' || t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN');
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX' || n === ',' || n === 'that') return false;
  }
  return false;
}

/**
 * Is the mention lower-case words ending in an adjective before a noun of its own phrase, an attribute rather
 * than a party? "all official contact", "joint military exercises", "a new military offensive",
 * "21 military and civilian personnel"; "the Israeli military", "military officials" stay parties.
 */
function attributiveWord(f: SentenceFacts, m: number): boolean {
  const t = f.ci.t;
  const b = f.ci.mentionBegin[m]!;
  let e = b;
  while (e + 1 < f.s1 && f.ci.mentionAt[e + 1] === m) e++;
  for (let i = b; i <= e; i++) if (!/^[a-z]/.test(t.text[i]!)) return false;
  if (t.pos[e] !== 'ADJ') return false;
  let k = e + 1;
  // "military and civilian personnel": coordinated attributes share the noun.
  if (k + 1 < f.s1 && (t.norm[k] === 'and' || t.norm[k] === 'or' || t.norm[k] === ',') && t.pos[k + 1] === 'ADJ') k += 2;
  return k < f.s1 && t.pos[k] === 'NOUN' && f.ci.mentionAt[k]! < 0;
}

/** "its peacekeeping forces", "their army": a collective's possessive naming the source's own people ("his" may be anyone's). */
const OWN_PRONOUNS = new Set(['its', 'their']);

/** Is the mention an attribute ("official contact") or the source's own people ("its forces", of no other country)? */
function ownParty(f: SentenceFacts, c: Candidate, m: number): boolean {
  if (attributiveWord(f, m)) return true;
  // "Britain mobilized army reservists": an agent word that only took the country of its sentence, acted on by that
  // country itself, is the state's instrument.
  const own = f.mentionCountry(m);
  if (f.mentionRule(m) === 'agent.sentence-country' && c.sources.some((s) => f.mentionRule(s) === 'gazetteer.country' && f.mentionCountry(s) === own)) return true;
  const t = f.ci.t;
  let b = f.ci.mentionBegin[m]! - 1;
  while (b >= f.s0 && (t.pos[b] === 'ADJ' || t.pos[b] === 'NUM') && f.ci.mentionAt[b]! < 0) b--;
  if (b < f.s0 || !OWN_PRONOUNS.has(t.norm[b]!) || t.pos[b] !== 'PRON' && t.pos[b] !== 'DET') return false;
  return own === null || c.sources.some((s) => f.mentionCountry(s) === own);
}

const PAIR_WORDS = new Set(['two', 'both', 'sides', 'leaders', 'countries', 'nations', 'men', 'ministers', 'governments', 'parties']);

/** Is the subject slot a pronoun or "the two (sides)"? */
function pronounSubject(f: SentenceFacts, start: number): 'pair' | 'one' | null {
  const t = f.ci.t;
  let i = start - 1;
  while (i >= f.s0 && (t.pos[i] === 'ADV' || t.norm[i] === ',' )) i--;
  if (i < f.s0) return null;
  const n = t.norm[i]!;
  if (/^(he|she|it)$/.test(n)) return 'one';
  if (n === 'they' || n === 'we') return f.lastPair.length >= 2 && f.lastPairJoint ? 'pair' : 'one';
  if (PAIR_WORDS.has(n)) {
    const prev = i - 1 >= f.s0 ? t.norm[i - 1]! : '';
    if (n === 'two' || n === 'both' || prev === 'two' || prev === 'both') return 'pair';
  }
  return null;
}
