import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, triples } from '../../../test/code-with-fake-actors.js';
import { REFINERS } from './refine.js';

// One test per coder rule, each with the sentence it handles (written for dyad).

test('verb-pattern: subject, verb, object', () => {
  assert.deepEqual(triples('Israel attacked Gaza.'), ['ISR 190 PSE']);
});

test('passive: "was attacked by" swaps the roles', () => {
  assert.deepEqual(triples('Gaza was attacked by Israel.'), ['ISR 190 PSE']);
});

test('compound subject: "Japan and China met" codes each with the other', () => {
  assert.deepEqual(triples('Japan and China met on Monday.').sort(), ['CHN 040 JPN', 'JPN 040 CHN']);
});

test('compound target: "attacked Iraq and Kuwait" codes both', () => {
  assert.deepEqual(triples('Iran attacked Iraq and Kuwait.').sort(), ['IRN 190 IRQ', 'IRN 190 KWT']);
});

test('symmetric noun: "held talks with" goes both ways', () => {
  assert.deepEqual(triples('Japan held talks with China.').sort(), ['CHN 046 JPN', 'JPN 046 CHN']);
});

test('noun with "between A and B" and a place between: the place is no party', () => {
  assert.deepEqual(triples('The summit in Geneva between Japan and China ended.').sort(), ['CHN 040 JPN', 'JPN 040 CHN']);
});

test('possessor of a nominalisation is the source: "Japan\'s visit to China"', () => {
  assert.deepEqual(triples("Japan's visit to China ended."), ['JPN 042 CHN']);
});

test('reported speech: the trailing reporter is not a party', () => {
  const doc = codeText('Israel attacked Gaza, Egypt said.');
  assert.deepEqual(doc.events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`), ['ISR 190 PSE']);
  assert.equal(doc.events[0]!.reportedBy, 'Egypt');
});

test('reported speech: "X said Y attacked Z" codes Y → Z', () => {
  assert.deepEqual(triples('Egypt said Israel attacked Gaza.'), ['ISR 190 PSE']);
});

test('negation: "did not attack" is flagged negated, never a plain event', () => {
  const doc = codeText('Israel did not attack Gaza.');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]!.negated, true);
});

test('failure: "failed to reach a deal" is negated', () => {
  const doc = codeText('Japan failed to reach a deal with China.');
  assert.ok(doc.events.length > 0 && doc.events.every((e) => e.negated));
});

test('refusal: "refused to meet" is a 12x refusal, one way', () => {
  assert.deepEqual(triples('Kenya refused to meet Uganda.'), ['KEN 125 UGA']);
});

test('intent: "vowed to meet" is 036, "plans to visit" 036, "agreed to cooperate" 03x', () => {
  assert.deepEqual(triples('Japan vowed to meet China.'), ['JPN 036 CHN']);
  assert.deepEqual(triples('Japan plans to visit China.'), ['JPN 036 CHN']);
  assert.ok(triples('Japan agreed to cooperate with China.').every((x) => / 03\d* /.test(x)));
});

test('demand: a bare verb after the one asked ("demanded China withdraw") is the act demanded, not an act done', () => {
  assert.deepEqual(triples('Japan demanded China withdraw its troops from Korea.'), ['JPN 1056 CHN']);
  // with "that", the demanded act's own demand code refines the demand verb's
  assert.deepEqual(triples('Japan demanded that China withdraw its troops from Korea.'), ['JPN 1056 CHN']);
  // a past verb after a party is a clause of its own
  assert.deepEqual(triples('Japan said China withdrew its troops from Korea.').map((x) => x.split(' ')[1]), ['0874']);
});

test('coordination: a second verb shares the complement of the first, past its object ("to end the drills and apologize")', () => {
  const got = triples('Japan urged China to end the drills and apologize to Korea.');
  assert.ok(got.length > 0 && got.every((x) => x.startsWith('JPN 02') && x.endsWith(' CHN')), got.join());
  // two acts done are two acts
  assert.deepEqual(triples('Japan ended the drills and apologized to China.'), ['JPN 055 CHN']);
});

test('threat: "threatened to attack" is 138', () => {
  assert.deepEqual(triples('Iran threatened to attack Israel.'), ['IRN 138 ISR']);
});

test('appeal with object control: "urged Iran to release" targets Iran', () => {
  assert.deepEqual(triples('France urged Iran to release British prisoners.'), ['FRA 0253 IRN']);
});

test('future: "will support" is an intention (03x)', () => {
  assert.deepEqual(triples('Portugal will support Spain.'), ['PRT 032 ESP']);
});

test('hypothetical: "could attack" codes nothing', () => {
  assert.deepEqual(triples('Iran could attack Israel.'), []);
});

test('conditional: "if Iran attacks Israel" codes nothing', () => {
  assert.deepEqual(triples('If Iran attacks Israel, oil prices will rise.'), []);
});

test('question: codes nothing', () => {
  assert.deepEqual(triples('Will Japan meet China?'), []);
});

test('discard: sport results code nothing', () => {
  assert.deepEqual(triples('Korea beat Japan 2-1 on Sunday.'), []);
});

test('intent: parties that agree on a force posture aimed at nobody agree with each other (030), not threaten', () => {
  assert.deepEqual(triples('Japan and China agreed to resume patrols along the border.').sort(), ['CHN 030 JPN', 'JPN 030 CHN']);
  // one party alone, or one that agrees to act against a named target, keeps the threat
  assert.deepEqual(triples('Japan and China agreed to attack Russia.').sort(), ['CHN 138 RUS', 'JPN 138 RUS']);
  assert.ok(triples('Japan threatened to deploy troops.').every((x) => / 13\d* /.test(x)));
});

test('pronoun subject: "The two vowed to meet" takes the previous pair', () => {
  assert.deepEqual(triples('Japan congratulated China. The two vowed to meet again.').sort(), ['CHN 036 JPN', 'JPN 036 CHN', 'JPN 051 CHN']);
});

test('coordinated verbs share the first subject, not its object', () => {
  assert.deepEqual(triples('Japan praised China and criticized Russia.').sort(), ['JPN 051 CHN', 'JPN 111 RUS']);
});

test('participle clause shares the main subject: "…, reiterating the need to resume dialogue with"', () => {
  assert.ok(triples('Japan met China on Monday, reiterating the need to resume dialogue with Russia.').includes('JPN 036 RUS'));
});

test('overlap: the most specific pattern wins ("held phone talks" is 041, not 044)', () => {
  assert.deepEqual(triples('Japan held phone talks with China.').sort(), ['CHN 041 JPN', 'JPN 041 CHN']);
});

test('explain: every candidate and veto is traced with its pattern file and line', () => {
  const doc = codeText('Israel did not attack Gaza. Iran could attack Israel.');
  assert.ok(doc.trace.some((t) => /19-fight\.txt:\d+/.test(t.message)));
  assert.ok(doc.trace.some((t) => t.vetoed && /modal/.test(t.message)));
});

test('every refiner documents the words it handles', () => {
  for (const r of REFINERS) assert.match(r.example, /"/, r.name);
});

test('background: an event in a relative clause is not reported news', () => {
  assert.deepEqual(triples('Japan, which attacked China in 1937, met Russia.').sort(), ['JPN 040 RUS', 'RUS 040 JPN']);
});

test('conflict-target: "…, killing one person" with no party named codes nothing for the killing', () => {
  assert.deepEqual(triples('Israeli police opened fire on Palestinian protesters, killing one person.'), ['ISR 193 PSE']);
});

test('passive: "were killed and three others wounded": the second participle shares the passive, its subject is the victim', () => {
  assert.deepEqual(triples('Five Iranian civilians were killed and three others wounded in an Israeli air strike.'), ['ISR 182 IRN']);
});

test('hold: "holding X in its high esteem" is a regard, not a detention', () => {
  assert.deepEqual(triples('Japan advanced along its road, holding the Chinese premier in its high esteem.'), []);
  assert.deepEqual(triples('Japan held Chinese sailors for a week.'), ['JPN 173 CHN']);
});

test('noun pattern: two targets are a pair of parties only after "between" ("sanctions against Iran and Iraq" are two targets)', () => {
  assert.ok(!triples('Sanctions against Iran and Iraq hurt Japan.').some((x) => x.startsWith('IRN') || x.startsWith('IRQ')));
  assert.deepEqual(triples('The summit between Iran and Iraq ended.').sort(), ['IRN 040 IRQ', 'IRQ 040 IRN']);
});

test('subject: a list of parties inside a phrase ("gifts for Iran and Iraq") is no subject; "between" names the parties', () => {
  assert.deepEqual(triples('A delegation with gifts for Iran and Iraq visited Japan.'), []);
  assert.deepEqual(triples('Iran and Iraq visited Japan.').sort(), ['IRN 042 JPN', 'IRQ 042 JPN']);
  assert.deepEqual(triples('Talks between Iran and Iraq resumed in Japan.').sort(), ['IRN 046 IRQ', 'IRQ 046 IRN']);
});

test('subject: a clause after a speech verb with a subject of its own that is no party has no party for a subject', () => {
  assert.deepEqual(triples('Japan said the blockade was killing Chinese farmers.'), []);
  // "the country" after a speech verb stands for the speaker's own
  assert.deepEqual(triples('Japan said the country would cooperate with China.'), ['JPN 032 CHN']);
});

test('obligation in reported speech: the subject of a passive verb of no pattern is not the party asked to act', () => {
  assert.deepEqual(triples('Japan said the talks with China should be seen as a lesson.'), ['JPN 100 -']);
  assert.deepEqual(triples('Japan said China must be punished.'), ['JPN 100 -']);
  assert.deepEqual(triples('Japan said China should negotiate.').map((x) => x.split(' ')[0]), ['JPN']);
});

test('obligation in reported speech: "Egypt said Israel must withdraw" is Egypt\'s demand on Israel', () => {
  assert.ok(triples('Egypt said Israel must withdraw from Gaza.').some((x) => x.startsWith('EGY 10') && x.endsWith(' ISR')));
});

test('agent-only party takes the country of its phrase: "refugees in Syria"', () => {
  assert.deepEqual(triples('Japan sent aid to Syria.'), ['JPN 070 SYR']);
});

test('background: an adverbial clause ("as …", "after …") is context, the main clause is the news', () => {
  assert.deepEqual(triples('Japan recalled its ambassador from China after Russia attacked Ukraine.'), ['JPN 161 CHN']);
});

test('object: "cooperate on Russia\'s debts" names a topic, not a party', () => {
  assert.deepEqual(triples("Japan and China agreed to cooperate on Russia's debts.").sort(), ['CHN 032 JPN', 'JPN 032 CHN']);
});

test('background: a participle after a noun describes it ("land seized by Iraq")', () => {
  assert.ok(!triples('Kuwait demanded the return of land seized by Iraq in 1990.').some((x) => x.startsWith('IRQ')));
  assert.deepEqual(triples('Iraq seized land in Kuwait.'), ['IRQ 171 KWT']);
});

test('month: "March" after "in" is the month, not a protest march', () => {
  assert.ok(!triples('Japan and China signed the accord in March 2001.').some((x) => x.includes(' 14')));
});

test('purpose: "imposed sanctions on Korea to protest the tests" codes the sanctions, not a protest', () => {
  assert.deepEqual(triples('Japan imposed sanctions on Korea to protest the missile tests.'), ['JPN 163 KOR']);
  assert.ok(triples('Japan agreed to protest the missile tests of Korea.').length > 0);
});

test('object: a party inside the pattern\'s words beats a place after it ("expelled Iranian diplomats posted in Vienna")', () => {
  assert.deepEqual(triples('Japan expelled two Russian diplomats based in Tokyo.'), ['JPN 166 RUS']);
});

test('sense: "called Iran a threat" names, it does not telephone', () => {
  assert.deepEqual(triples('Japan called Korea a threat to peace.').filter((x) => x.includes(' 041 ')), []);
  assert.ok(triples('Japan called Korea on Monday.').some((x) => x.includes(' 041 ')));
});

test('background: a gerund after a preposition is what is said or decided, not a new act', () => {
  assert.deepEqual(triples('Japan accused China of supporting Korea.').filter((x) => x.includes(' 05')), []);
});

test('background: a relative clause with its own subject ("whom they had taken hostage")', () => {
  assert.deepEqual(triples('Japan will release the Korean sailors, whom Japan had taken hostage in May.').filter((x) => x.includes(' 18')), []);
});

test('background: "weapons and equipment seized last year" describes the weapons', () => {
  assert.deepEqual(triples('Iran will return weapons and equipment seized last year from Israel.').filter((x) => x.includes(' 17')), []);
});

test('obligation: nobody laying it, "the forum concluded that Japan must pay" is no demand by Japan', () => {
  assert.ok(!triples('The forum concluded on Saturday that Japan must pay more.').some((x) => x.startsWith('JPN')));
});

test('demand that: the demanded act is the demand of the one who demands, of the clause\'s subject', () => {
  // (the demanded act's own demand code: easing restrictions, 1051)
  assert.deepEqual(triples("Japan reiterated its demand today that China lift restrictions on Korea."), ['JPN 1051 CHN']);
  assert.deepEqual(triples('Japan demanded that China refuse to recognize Korea.'), ['JPN 106 CHN']);
});

test('participle after a comma: ", urging …" shares the main clause\'s subject, not a party in its object', () => {
  assert.ok(triples('Japan rejected a Chinese proposal for talks, urging Korea to sign the treaty.').some((x) => x.startsWith('JPN 0') && x.endsWith('KOR')));
});

test('object content: "rejected an invitation to attend talks" is the rejection only', () => {
  const out = triples('Iran rejected an invitation to join a conference with Israel.');
  assert.ok(out.length > 0 && out.every((x) => x.split(' ')[1]!.startsWith('12')), out.join(', '));
});

test('discard: a capitalised "League" in a name is no sport ("the Arab League")', () => {
  assert.deepEqual(triples('Japan attacked Iran on Monday, the Arab League said.'), ['JPN 190 IRN']);
  assert.deepEqual(triples('Japan beat China in the league on Sunday.'), []);
});

test('object: "on Saturday" is a day, not a topic ("a mediation effort on Monday between Israel and Iran")', () => {
  assert.ok(triples('Japan started a mediation effort on Monday between Israel and Iran.').some((x) => x.endsWith(' ISR')));
});

test('threat: made to the party whose act is its condition ("… if Israel deploys missiles")', () => {
  assert.deepEqual(triples('Iran has threatened to stop the negotiations if Israel goes ahead with the deployment.'), ['IRN 130 ISR']);
});

test('elaboration: a participle going with a coded act of the same subject is that act ("demonstrated … calling for")', () => {
  assert.deepEqual(triples('Japan rejected the proposal of China, urging China to sign the treaty.'), ['JPN 120 CHN']);
  assert.ok(triples('Israel attacked Gaza on Monday, killing three Egyptian soldiers.').some((x) => x.startsWith('ISR') && x.endsWith('EGY')));
});

test('subject: a comparison set off by commas is passed over ("Japan, like most other members, plans to …")', () => {
  assert.ok(triples('Japan, like several other member states, intends to impose restrictions on China.').some((x) => x.startsWith('JPN') && x.endsWith('CHN')));
});

test('allegation: "claimed that X attacked" accuses X; the attack itself is only asserted', () => {
  assert.deepEqual(triples('Israel claimed that Hamas had attacked Egypt.'), ['ISR 112 PSE']);
  assert.deepEqual(triples('Israel alleged Syria shelled Lebanon.'), ['ISR 112 SYR']);
  // "said" vouches for the report: the attack is coded.
  assert.deepEqual(triples('Israel said Syria attacked Lebanon.'), ['SYR 190 LBN']);
});

test('allegation: "claimed that it had attacked" is a claim of responsibility (015)', () => {
  assert.deepEqual(triples('Israel claimed that it had attacked Gaza.'), ['ISR 015 PSE']);
});

test('allegation: what a report alleges ("alleged that", even tagged as an adjective) is not coded as an act', () => {
  assert.deepEqual(triples('A report alleged that the French army helped Iraq.'), []);
});

test('background: "for …ing" gives the reason for another act ("jailed … for helping")', () => {
  assert.deepEqual(triples('A Kenyan court jailed a Somali for helping Sudan.'), ['KEN 173 SOM']);
});

test('object: sorrow for, or responsibility for, an incident goes to where it happened', () => {
  assert.deepEqual(triples('Japan expressed sorrow for the shootings in Kenya.'), ['JPN 018 KEN']);
});

test('parties: a name before a hyphenated participle ("Russian-held town") qualifies the noun, it is no party', () => {
  assert.deepEqual(triples('Japan shelled a Russian-held town in Ukraine.'), ['JPN 194 UKR']);
});

test('passive: "killed in Israeli shelling" names the attacker; the shelling is the means, one event', () => {
  assert.deepEqual(triples('Three Kenyan villagers were killed in Israeli tank shelling.'), ['ISR 190 KEN']);
});

test('armed-force: a killing by a state or its forces is military force (190); by others an assault (1823)', () => {
  assert.deepEqual(triples('Israel killed three Palestinians.'), ['ISR 190 PSE']);
  assert.deepEqual(triples('The Muslim Brotherhood killed a Kenyan tourist.'), ['EGYOPP 1823 KEN']);
});

test('background: a hyphenated modifier ("newly-elected") does not end the adverbial clause', () => {
  assert.deepEqual(triples('Japan recalled its ambassador from China after a newly-elected Kenya attacked Ukraine.'), ['JPN 161 CHN']);
});

test('control: "is seeking to strengthen ties" is active — the "be" belongs to the control verb, not a passive', () => {
  assert.deepEqual(triples('Japan and China are seeking to deepen their partnership.').sort(), ['CHN 031 JPN', 'JPN 031 CHN']);
  assert.deepEqual(triples('Japan is expected to be attacked by China.'), ['CHN 190 JPN']);
});

test('object: no object inside a purpose infinitive or an adverbial clause ("resigned to allow …", "as the opposition …")', () => {
  assert.deepEqual(triples('Japan resigned on Sunday as Korea threatened to attack China.').filter((x) => x.startsWith('JPN')).map((x) => x.split(' ')[2]), ['-']);
  assert.deepEqual(triples('Israel denounced as an ugly crime the attack on Egypt by Iran.').filter((x) => x.startsWith('ISR')).length, 1);
});

test('subject: a personal pronoun is the subject, not skipped for a party before it ("…, and said they opposed …")', () => {
  assert.ok(!triples('Japan rejected a Chinese plan, and said they also opposed Korea.').some((x) => x.startsWith('CHN')));
});

test('nominal: an aspect verb ("speeded up the withdrawal") makes its subject the actor; an attitude verb does not', () => {
  assert.deepEqual(triples('Japan speeded up the withdrawal of its troops from Iraq.'), ['JPN 0874 IRQ']);
  assert.deepEqual(triples('Japan welcomed the withdrawal of Chinese troops from Iraq.').filter((x) => x.includes('0874')), []);
});

test('object: "help" takes a bare infinitive whose object is the one helped ("send aid to help defend Israel")', () => {
  assert.deepEqual(triples('Japan is ready to send supplies to help defend Israel.'), ['JPN 033 ISR']);
});

test('matcher: a number\'s qualifier ("over 150", "up to 4,000") is stepped over like a modifier', () => {
  assert.deepEqual(triples('Israel freed over 150 Palestinian prisoners.'), ['ISR 084 PSE']);
});

test('background: "X came as Y did Z" — the as-clause is the news the main clause only times', () => {
  assert.deepEqual(triples('The release came as Israel freed Palestinian prisoners.'), ['ISR 084 PSE']);
  assert.deepEqual(triples('Japan recalled its ambassador from China as Russia attacked Ukraine.'), ['JPN 161 CHN']);
});

test('denial: denying one\'s own act is denying responsibility (016); the act denied is not coded', () => {
  assert.deepEqual(triples('Israel denied it had attacked Gaza.'), ['ISR 016 PSE']);
  assert.deepEqual(triples('Japan denied the claims of China.'), ['JPN 120 CHN']);
});

test('control: an appeal to another to do an act no appeal code names is a plain appeal (020)', () => {
  assert.deepEqual(triples('Iran urged Syria to attack Israel.'), ['IRN 020 SYR']);
});

test('passive: a pattern whose object is required ("release TGT") codes its passive with a "by" agent', () => {
  assert.deepEqual(triples('Ukrainian prisoners were released by Russia.'), ['RUS 084 UKR']);
  assert.deepEqual(triples('Iran was accused by Israel of lying.'), ['ISR 112 IRN']);
  // No agent named: a participle alone is too often an adjective.
  assert.deepEqual(triples('Ukrainian prisoners were released.'), []);
});

test('subject: an indefinite apposition set off by commas is passed over ("X, a body linked to Y, investigated")', () => {
  assert.ok(!triples('Members of the court of Japan, a body linked to the Chinese government, investigated Korea.').some((x) => x.startsWith('CHN')));
});

test('grievance: "complained to the UN over Ugandan raids" targets the party complained of', () => {
  assert.deepEqual(triples('Kenya complained to the United Nations on Monday over Ugandan border raids.'), ['KEN 114 UGA']);
  // No grievance phrase: the addressee stays the target.
  assert.deepEqual(triples('Kenya complained to Uganda.'), ['KEN 114 UGA']);
});

test('patron phrase: "Kenyans loyal to the Ugandan president attacked" — the head, not the patron, is the subject', () => {
  assert.deepEqual(triples('Kenyans loyal to the Ugandan president attacked Sudan.'), ['KEN 190 SDN']);
  assert.deepEqual(triples('Kenyans allied with the Ugandan army attacked Sudan.'), ['KEN 190 SDN']);
});

test('obligation: "told Kenya that it must cooperate with Uganda" — the pronoun stands for the party told', () => {
  assert.deepEqual(triples('Japan told Kenya on Monday that it must cooperate with Uganda.'), ['JPN 102 KEN']);
});

test('noun phrase: a list of noun modifiers ("tank, mortar, and rocket fire") keeps the governing verb\'s subject', () => {
  assert.deepEqual(triples('Kenyan troops launched tank, mortar, and rocket fire against Somali positions.'), ['KEN 194 SOM']);
  assert.deepEqual(triples('Kenyan troops launched heavy fire at Somali positions.'), ['KEN 190 SOM']);
});

test('grievance: "in defiance of" names whom a protest defies, not the place it is held', () => {
  assert.deepEqual(triples('Thousands of Kenyans blocked streets in Sudan in defiance of the Ugandan authorities.'), ['KEN 144 UGA']);
});

test('object: an object pronoun is the object, the place after it a venue ("welcome him in Nairobi")', () => {
  assert.deepEqual(triples('Kenya welcomed them in Sudan.'), ['KEN 051 -']);
  assert.ok(triples('Japan met her Chinese counterpart.').includes('JPN 040 CHN'));
});

test('object: "and" joining two nouns stays in the object phrase ("withdrew its observers and aid workers from Kenya")', () => {
  assert.deepEqual(triples('Japan withdrew its observers and aid workers from Kenya.'), ['JPN 1662 KEN']);
});

test('slot: an appositive name between commas is the same party ("forced the Palestinians, Hamas, out")', () => {
  assert.deepEqual(triples('Egypt forced the Palestinians, Hamas, out of the region.'), ['EGY 166 PSE']);
});

test('grievance: a complaint verb closing the sentence is about the reported clause\'s subject', () => {
  assert.deepEqual(triples('Ugandan officials are ignoring the rights of Sudanese refugees, Kenya protested on Monday.'), ['KEN 114 UGA']);
});

test('compound: a bare comma before the nearest party is no list ("…of Sudanese refugees, Kenya protested")', () => {
  assert.deepEqual(triples('After talks with the Sudanese, Kenya attacked Uganda.'), ['KEN 190 UGA']);
  assert.deepEqual(triples('Japan, China and Russia attacked Uganda.').sort(), ['CHN 190 UGA', 'JPN 190 UGA', 'RUS 190 UGA']);
});

test('pattern words: a party naming a modifier between them ("opposed to French mediation") is the target', () => {
  assert.deepEqual(triples('Sudan is opposed to French mediation.'), ['SDN 126 FRA']);
});

test('subsume-matrix: an event noun in a phrase after the governing pattern\'s own object is not what is agreed to', () => {
  assert.deepEqual(triples('Israel has agreed to French mediation in the talks with Syria.'), ['ISR 038 FRA']);
});

// Coding standards (coding-standard.ts): the same words under plover (the default) and petrarch conventions.

test('standard petrarch: a plain future is the act ("will send food aid"); plover codes the intention', () => {
  assert.deepEqual(triples('Kenya will send food aid to Uganda.'), ['KEN 033 UGA']);
  assert.deepEqual(triples('Kenya will send food aid to Uganda.', 'petrarch'), ['KEN 070 UGA']);
});

test('standard petrarch: an act bound by a commitment is coded as done ("agreed to lift its embargo")', () => {
  assert.deepEqual(triples('Norway agreed to lift its embargo on Mali.'), ['NOR 0354 MLI']);
  assert.deepEqual(triples('Norway agreed to lift its embargo on Mali.', 'petrarch'), ['NOR 085 MLI']);
});

test('standard petrarch: wishes and reported futures stay intentions ("wants to help", "said it would release")', () => {
  assert.deepEqual(triples('Norway wants to help Mali.', 'petrarch'), ['NOR 033 MLI']);
  assert.deepEqual(triples('Kenya said it would release the Ugandan fishermen.', 'petrarch'), ['KEN 0353 UGA']);
});

test('standard petrarch: a speaker reporting another party\'s violence accuses it; a closing attribution does not', () => {
  assert.deepEqual(triples('Syria said Turkey had shelled Iraq.'), ['TUR 194 IRQ']);
  assert.deepEqual(triples('Syria said Turkey had shelled Iraq.', 'petrarch'), ['SYR 112 TUR']);
  assert.deepEqual(triples('Turkey shelled Iraq, Syria said.', 'petrarch'), ['TUR 194 IRQ']);
});

test('background: a participle inside the subject, before the clause\'s own verb, is no act ("Kenyans detained in … staged")', () => {
  assert.deepEqual(triples('Kenyans detained in Ugandan camps staged a protest.'), ['KEN 141 -']);
  assert.deepEqual(triples('Chadian fishermen seized in Sudanese waters began a hunger strike.'), ['TCD 142 -']);
  // A simple past that is never a participle is the clause's verb, not a participle of the phrase before it.
  assert.deepEqual(triples('Kenyans detained in Ugandan camps went on a hunger strike.'), ['KEN 142 -']);
  assert.deepEqual(triples('Chadian refugees sheltered in Sudanese towns began a march to the border.'), ['TCD 141 -']);
  // A hyphenated modifier is one word between a pattern's words ("went on an open-ended hunger strike").
  assert.deepEqual(triples('Kenyan nurses went on an open-ended hunger strike.'), ['KEN 142 -']);
  // A count opening the subject is still the subject's words.
  assert.deepEqual(triples('More than 400 Kenyans detained in Ugandan camps on May 3 began a hunger strike on Monday.'), ['KEN 142 -']);
  assert.deepEqual(triples('At least 40 Chadian fishermen seized in Sudanese waters staged a protest.'), ['TCD 141 -']);
  // A main verb whose phrase holds an attributive participle stays the act.
  assert.deepEqual(triples('Kenyan soldiers remained on alert inside the occupied Ugandan district to deter raids.'), ['KEN 152 UGA']);
});

test('noun phrase: a hyphenated modifier in a list of noun modifiers stays in the phrase ("mortar and machine-gun fire")', () => {
  assert.deepEqual(triples('Kenyan troops opened mortar and machine-gun fire on Somali positions.'), ['KEN 190 SOM']);
  assert.deepEqual(triples('Kenyan troops opened rocket, mortar, and machine-gun fire on Somali positions.'), ['KEN 190 SOM']);
});

test('passive: a projectile fired from a place was fired by its party ("rockets were fired at Israel from Gaza")', () => {
  assert.deepEqual(triples('Rockets were fired at Kenya from Uganda on Monday.'), ['UGA 193 KEN']);
  // Only verbs of firing: people moved from a place were not moved by it.
  assert.deepEqual(triples('Chadian fishermen were evacuated from Sudan.'), []);
});

test('object: "it" in a reported clause is the speaker ("Kenya said Ugandan troops had attacked it")', () => {
  assert.deepEqual(triples('Kenya said Ugandan troops had attacked it.'), ['UGA 190 KEN']);
  assert.deepEqual(triples('Kenya said mortar shells were fired at it from Uganda.'), ['UGA 193 KEN']);
  // Under the petrarch standard the speaker accuses the party it names.
  assert.deepEqual(triples('Kenya said mortar shells were fired at it from Uganda.', 'petrarch'), ['KEN 112 UGA']);
});

test('standard petrarch: a speaker reporting its own violence, done or announced, claims it (015); aid stays an intention', () => {
  assert.deepEqual(triples('Kenya and Uganda said they will attack Sudan.'), ['KEN 138 SDN', 'UGA 138 SDN']);
  assert.deepEqual(triples('Kenya and Uganda said they will attack Sudan.', 'petrarch'), ['KEN 015 SDN', 'UGA 015 SDN']);
  assert.deepEqual(triples('Kenya said it had shelled Ugandan positions.', 'petrarch'), ['KEN 015 UGA']);
  assert.deepEqual(triples('Kenya said it will send food aid to Uganda.', 'petrarch'), ['KEN 033 UGA']);
  // Only violence (18–20): a reported arrest stays the arrest, whoever made it.
  assert.deepEqual(triples('Kenya said it had arrested Ugandan fishermen.', 'petrarch'), ['KEN 173 UGA']);
  assert.deepEqual(triples('Kenya said Uganda had arrested Kenyan fishermen.', 'petrarch'), ['UGA 173 KEN']);
});

test('visit by proxy: sending an envoy or a team is a visit (042); announcing it is an intention to meet (036)', () => {
  assert.deepEqual(triples('Japan sent an envoy to China.'), ['JPN 042 CHN']);
  assert.deepEqual(triples('Kenya said it will send a team to Uganda.'), ['KEN 036 UGA']);
  // A team that brings relief is aid.
  assert.deepEqual(triples('Japan sent a rescue team to Haiti.'), ['JPN 073 HTI']);
});

test('standard petrarch: a negated future or commitment is still a refusal ("will not meet", "did not agree to meet")', () => {
  assert.deepEqual(triples('Kenya will not meet Uganda.', 'petrarch'), ['KEN 125 UGA']);
  assert.deepEqual(triples('Kenya did not agree to meet Uganda.', 'petrarch'), ['KEN 125 UGA']);
});

test('pattern slot: a bracketed aside after the target does not break "pressure TGT to"', () => {
  assert.deepEqual(triples('Kenya has been pressuring Ugandan workers (mostly dockers) to end their strike.'), ['KEN 100 UGA']);
});

test('demand received: "faced pressure from X to …" makes X the source, the subject the target', () => {
  assert.deepEqual(triples('Kenya faced pressure from Uganda to free the prisoners.'), ['UGA 100 KEN']);
  assert.deepEqual(triples('Sudan came under pressure from Japan to resign.'), ['JPN 100 SDN']);
});

test('unattributed killing abroad: the country where it happened is the source; at home, nobody is', () => {
  assert.deepEqual(triples('Two Chadian soldiers were killed in Sudan on Friday.'), ['SDN 190 TCD']);
  assert.deepEqual(triples('A Japanese tourist was killed by a landmine near the Egyptian town of Luxor.'), ['EGY 1823 JPN']);
  assert.deepEqual(triples('A roadside bomb in Iraq killed two British soldiers.'), ['IRQ 190 GBR']);
  assert.deepEqual(triples('There were six Kenyan soldiers killed in Somali territory yesterday.'), ['SOM 190 KEN']);
  // The victims' own country names no perpetrator.
  assert.deepEqual(triples('Three Iraqi civilians were killed in a car bombing in Iraq.'), []);
  // A named perpetrator wins over the place.
  assert.deepEqual(triples('Two Chadian soldiers were killed by Sudanese rebels in Mali.'), ['SDN 190 TCD']);
  // The event says its source is only the place: the rule carries '+site'; a named party's does not.
  assert.deepEqual(codeText('Two Chadian soldiers were killed in Sudan on Friday.').events.map((e) => e.rule), ['passive+site']);
  assert.deepEqual(codeText('Two Chadian soldiers were killed by Sudanese rebels in Mali.').events.map((e) => e.rule), ['passive']);
});

test('passive with a weapon as agent: the party that fired it is the source ("by rockets fired by X")', () => {
  assert.deepEqual(triples('The Kenyan convoy was destroyed by rockets fired by Somali insurgents.'), ['SOM 171 KEN']);
  assert.deepEqual(triples('A Kenyan airliner was shot down over the sea by a missile believed to have been fired by Sudanese rebels.'), ['SDN 193 KEN']);
  // A weapon nobody is said to have used names no source.
  assert.deepEqual(triples('The Kenyan convoy was destroyed by rockets.'), []);
});

test('unattributed state act abroad: an arrest or investigation takes the country where it happened as source', () => {
  assert.deepEqual(triples('A Chadian journalist was arrested in Sudan on Sunday.'), ['SDN 173 TCD']);
  assert.deepEqual(triples('A Kenyan diplomat has been put under investigation in France.'), ['FRA 090 KEN']);
  // At home, the place names nobody.
  assert.deepEqual(triples('A Sudanese journalist was arrested in Sudan on Sunday.'), []);
});

test('passive: a participle spelt like the verb ("was put", "were hit") is still a passive', () => {
  assert.deepEqual(triples('Kenyan officials were put under investigation by Uganda.'), ['UGA 090 KEN']);
});

test('a meeting\'s venue is no party, under either standard ("met in Paris")', () => {
  assert.deepEqual(triples('Kenya and Uganda met in Paris.').sort(), ['KEN 040 UGA', 'UGA 040 KEN']);
  assert.deepEqual(triples('Kenya and Uganda met in Paris.', 'petrarch').sort(), ['KEN 040 UGA', 'UGA 040 KEN']);
  assert.ok(!triples('Kenya and Uganda will meet in Paris to discuss trade.', 'petrarch').some((t) => t.includes('FRA')));
});

test('PLOVER type of a pattern filed apart: an indictment is ACCUSE (allege), an arrest stays COERCE', () => {
  const indicted = codeText('Kenya indicted two Ugandan officials.').events;
  assert.deepEqual(indicted.map((e) => [e.cameo, e.plover.type, e.plover.mode]), [['173', 'ACCUSE', 'allege']]);
  const arrested = codeText('Kenya arrested two Ugandan officials.').events;
  assert.deepEqual(arrested.map((e) => [e.cameo, e.plover.type]), [['173', 'COERCE']]);
});

test('coordinated verb phrase: a preposition left open before "and" takes the party closing the phrase', () => {
  assert.deepEqual(triples('Kenya restored relations with and later reopened a consulate in Norway.').sort(), ['KEN 050 NOR', 'NOR 050 KEN']);
  assert.deepEqual(triples('Japan sent aid to and signed a trade pact with Haiti.')[0], 'JPN 070 HTI');
});

test('pattern gap: a comma between two modifiers, the second read as an adverb ("complete, full diplomatic ties")', () => {
  assert.deepEqual(triples('Kenya restored complete, full diplomatic ties with Uganda.').sort(), ['KEN 050 UGA', 'UGA 050 KEN']);
});

test('pattern gap: an amount "in" the kind given ("pledged 10 million dollars in aid", "$5 billion in loans")', () => {
  assert.deepEqual(triples('Japan pledged 10 million dollars in aid to Haiti.'), ['JPN 033 HTI']);
  assert.deepEqual(triples('Japan gave $5 billion in loans to Kenya.'), ['JPN 071 KEN']);
});

test('a party\'s ally, rival or neighbour is not the party ("the commander of Kenya\'s militia ally in Sudan")', () => {
  assert.deepEqual(triples('Ugandan rebels killed the commander of Kenya\'s militia ally in Sudan.'), ['UGA 190 SDN']);
  assert.deepEqual(triples('Uganda attacked Kenya\'s neighbours.'), []);
  // A plain possessive is still the party.
  assert.deepEqual(triples('Uganda attacked Kenya\'s border posts.'), ['UGA 190 KEN']);
});

test('passive "held" with a gathering as its subject convenes, it does not detain ("a seminar on … was held by")', () => {
  assert.deepEqual(triples("A seminar on the Kenyan president's work was held by a Ugandan group on May 2."), []);
  assert.deepEqual(triples('After the talks, a banquet for the Kenyan delegation was held by the Ugandan president.'), []);
  // A person held is detained; a gathering attacked is its people attacked.
  assert.deepEqual(triples('The Kenyan president was held by Ugandan police.'), ['UGA 173 KEN']);
  assert.deepEqual(triples('A rally of Kenyan students was attacked by Ugandan police.'), ['UGA 190 KEN']);
});

test('a compound subject attending or visiting does not visit itself ("Japan and China attended the forum")', () => {
  assert.deepEqual(triples('Japan and China attended the forum.').sort(), ['CHN 042 -', 'JPN 042 -']);
  // Meeting is with each other.
  assert.deepEqual(triples('Japan and China met on Friday.').sort(), ['CHN 040 JPN', 'JPN 040 CHN']);
});

test('"demonstrate" protests alone or before a preposition; with an object it shows ("demonstrate its might")', () => {
  assert.deepEqual(triples('Japan will always demonstrate its might.'), []);
  assert.deepEqual(triples('Japanese students demonstrated against China.'), ['JPN 141 CHN']);
  assert.deepEqual(triples('Thousands of Japanese demonstrated on Sunday.'), ['JPN 141 -']);
});

test('"they" stands for both parties only after a compound subject or a symmetric act', () => {
  assert.deepEqual(triples('Japanese students protested outside the Chinese embassy. They also condemned Korea.'), ['JPN 140 CHN', 'JPN 111 KOR']);
  assert.deepEqual(triples('Japan and China met on Monday. They condemned Korea.').filter((t) => t.includes('111')).sort(), ['CHN 111 KOR', 'JPN 111 KOR']);
});

test('a compound subject making statements does not state to itself ("Japan and China issued statements")', () => {
  assert.deepEqual(triples('Japan and China issued statements on Monday.').sort(), ['CHN 010 -', 'JPN 010 -']);
});

test('"rally around/behind" endorses; "rally against" and a bare rally protest', () => {
  assert.deepEqual(triples('Japanese workers rallied around him.'), ['JPN 051 -']);
  assert.deepEqual(triples('Japanese parties rallied behind the Chinese mediator.'), ['JPN 051 CHN']);
  assert.deepEqual(triples('Japanese students rallied against China.'), ['JPN 141 CHN']);
});

test('a capitalised verb after an article is part of a name: "the Occupy Gaza camp" occupies nothing', () => {
  assert.deepEqual(triples('Israeli police cleared tents at the Occupy Gaza camp on Sunday.'), []);
  // the same verb in lower case still codes
  assert.deepEqual(triples('Israel occupied Gaza.'), ['ISR 192 PSE']);
});

test('"with A and B" names the partners of an unnamed party, not a pair; "between A and B" is a pair', () => {
  assert.deepEqual(triples('The cooperation with China and Russia grew.'), []);
  assert.deepEqual(triples('The cooperation between China and Russia grew.').sort(), ['CHN 060 RUS', 'RUS 060 CHN']);
});
