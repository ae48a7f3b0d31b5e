/**
 * Closed word classes the coder's clause analysis relies on. They are
 * grammar, not dictionary: small, fixed sets of English function words and
 * control verbs. Verb patterns live in `dict/verbs/`.
 */

/** Negators inside a verb group: "did not attack", "never met", "didn't visit". */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nt']);

/** Verbs (and adjectives after "be") whose "to"-complement is an intention, not an act: "vowed to meet", "plans to visit". */
export const INTENT_VERBS = new Set([
  'vow', 'pledge', 'promise', 'plan', 'intend', 'agree', 'offer', 'decide', 'resolve', 'commit', 'prepare',
  'want', 'wish', 'hope', 'seek', 'aim', 'propose', 'volunteer', 'undertake', 'consent',
  'ready', 'willing', 'prepared', 'eager', 'determined', 'set', 'due', 'keen', 'poised', 'need', 'desire',
  'plot', 'swear',
]);

/** Nouns that make a following "to"/"for"-complement an intention: "the need to resume talks", "hope for talks". */
export const INTENT_NOUNS = new Set([
  'need', 'hope', 'desire', 'wish', 'willingness', 'readiness', 'commitment', 'plan', 'intention', 'pledge',
  'promise', 'resolve', 'determination', 'offer', 'proposal', 'bid', 'intent', 'vow', 'call', 'resumption',
]);

/** Verbs whose "to"-complement is threatened: "threatened to attack". */
export const THREAT_VERBS = new Set(['threaten', 'warn']);

/** Verbs whose "to"-complement is refused: "refused to meet" → a 12x refusal. */
export const REFUSAL_VERBS = new Set(['refuse', 'decline', 'reject', 'unwilling', 'balk', 'spurn']);

/** Verbs whose "to"-complement did not happen: "failed to agree". */
export const FAILURE_VERBS = new Set(['fail', 'unable', 'cease', 'stop', 'forget', 'neglect']);

/** Verbs whose "to"-complement has another subject (their object): "urged Iran to stop" — the complement is not Iran's act by the subject. */
export const OBJECT_CONTROL_VERBS = new Set([
  'urge', 'ask', 'call', 'press', 'tell', 'invite', 'force', 'persuade', 'encourage', 'allow', 'order', 'request',
  'pressure', 'help', 'enable', 'compel', 'demand', 'appeal', 'warn', 'advise', 'instruct', 'permit',
  'want', 'wish',
]);

/** Modal words that make a clause hypothetical: "could attack", "might visit". */
export const HYPOTHETICAL_MODALS = new Set(['could', 'might', 'may', 'should', 'would', "'d", 'must', 'can', 'ca', 'shall']);

/** Future markers: "will meet" reads as a stated intention. */
export const FUTURE_MODALS = new Set(['will', "'ll", 'wo', 'shall']);

/** Words that open a condition or a hypothesis: "if Iran attacks", "unless talks resume". */
export const CONDITIONALS = new Set(['if', 'unless', 'whether', 'lest', 'suppose', 'supposing']);

/** Speech and report verbs: their subject reports, it is not a party to the reported event. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'report', 'announce', 'state', 'add', 'claim', 'note', 'confirm', 'quote', 'write', 'declare',
  'insist', 'explain', 'reveal', 'disclose', 'indicate', 'believe', 'think', 'report', 'allege', 'suggest',
  'acknowledge', 'admit', 'recall', 'predict', 'estimate', 'tweet', 'remark', 'comment', 'argue', 'observe',
]);

/** Relative pronouns: ", who was appointed" attaches to the noun before the comma. */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose', 'that']);

/** Clause openers a subject search does not cross: "…said that Iran …", "…when troops …". */
export const CLAUSE_OPENERS = new Set([
  'that', 'because', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'as', 'until', 'where',
  'whereas', 'if', 'unless', 'whether', 'but', 'so', 'once',
]);

/** Verbs that only carry an event noun: "held talks", "carried out strikes", "launched an offensive". */
export const LIGHT_VERBS = new Set([
  'hold', 'have', 'make', 'pay', 'conduct', 'carry', 'launch', 'stage', 'mount', 'begin', 'start', 'resume', 'continue',
  'attend', 'join', 'host', 'open', 'give', 'take', 'do', 'undertake', 'sign', 'reach', 'announce', 'declare', 'order',
  'engage', 'commit', 'perpetrate', 'wage', 'step', 'intensify', 'escalate', 'lead', 'organize', 'organise', 'plant',
  'detonate', 'set', 'unleash', 'initiate', 'complete', 'finish', 'end', 'conclude', 'impose', 'issue', 'express',
  'voice', 'lodge', 'file', 'restart', 'reopen', 'renew', 'pursue', 'hold', 'send', 'deliver', 'provide', 'extend', 'offer', 'call', 'demand', 'seek', 'request',
  // Aspect: "speeded up the withdrawal", "accelerated its pullout", "expanded the offensive" — the subject does the act.
  'speed', 'accelerate', 'expand', 'broaden', 'widen', 'hasten',
]);
