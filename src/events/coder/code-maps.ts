/**
 * How a governing word changes the code of the act it governs: "vowed to
 * meet" is an intention to meet (036), "refused to meet" a refusal (125),
 * "threatened to attack" a threat (138), "called for talks" an appeal (026),
 * "demanded talks" a demand (106). Codes are CAMEO's; the mapping follows the
 * parallel structure of roots 02, 03, 10, 12 and 13 over the acts of 04–08
 * and 14–20.
 */

/** Intention (03x) to perform a cooperative act; conflictual acts are threats (13x). */
export function intentCode(code: string): string | null {
  const root = code.slice(0, 2);
  switch (root) {
    case '03':
      return code;
    case '04':
      if (code === '045') return '039';
      return '036';
    case '05':
      return '032';
    case '06':
      return { '061': '0311', '062': '0312', '063': '0313', '064': '0314' }[code.slice(0, 3)] ?? '031';
    case '07':
      return { '071': '0331', '072': '0332', '073': '0333', '074': '0334' }[code.slice(0, 3)] ?? '033';
    case '08':
      return (
        { '081': '0351', '082': '0352', '083': '034', '084': '0353', '085': '0354', '086': '0355', '087': '0356' }[
          code.slice(0, 3)
        ] ?? '035'
      );
    default:
      return threatCode(code);
  }
}

/** Threat (13x) of a conflictual act: "threatened to impose sanctions" → 1312. */
export function threatCode(code: string): string | null {
  const root = code.slice(0, 2);
  const c3 = code.slice(0, 3);
  switch (root) {
    case '13':
      return code;
    case '14':
      return '133';
    case '15':
      return '138';
    case '16':
      return { '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136' }[c3] ?? '131';
    case '17':
      if (c3 === '172') return '132';
      return '137';
    case '18':
      return '1383';
    case '19':
      return { '191': '1381', '192': '1382' }[c3] ?? '138';
    case '20':
      return c3 === '204' ? '1385' : '138';
    default:
      return null;
  }
}

/** Refusal (12x) of a cooperative act: "refused to meet" → 125, "declined to release" → 1243. */
export function refusalCode(code: string): string | null {
  const root = code.slice(0, 2);
  const c3 = code.slice(0, 3);
  switch (root) {
    case '03':
      // Refusing what one stated an intention to do: "would not provide aid" (033) → 122, "would not meet" (036) → 125.
      return refuseIntent(code);
    case '04':
      return c3 === '045' ? '126' : '125';
    case '05':
      return '120';
    case '06':
      return { '061': '1211', '062': '1212', '063': '1213', '064': '1214' }[c3] ?? '121';
    case '07':
      return '122';
    case '08':
      return (
        { '081': '1241', '082': '1242', '083': '123', '084': '1243', '085': '1244', '086': '1245', '087': '1246' }[c3] ??
        '124'
      );
    default:
      return null;
  }
}

/** Refusal matching an intention's kind: 031x → 121x, 033x → 122x, 034x → 123x, 035x → 124x, 036 → 125, 037 → 127. */
function refuseIntent(code: string): string {
  const sub = code.slice(0, 3);
  const leaf = code.length > 3 ? code.slice(3) : '';
  const base = { '031': '121', '033': '122', '034': '123', '035': '124', '036': '125', '037': '127', '038': '126', '039': '126' }[sub] ?? '120';
  // Sub-codes run parallel in 031/121, 033/122, 034/123 and 035/124 ("0351" → "1241").
  return leaf && ['031', '033', '034', '035'].includes(sub) ? base + leaf : base;
}

/** Appeal (02x) for an act: "called for talks" → 026, "urged Iran to release" → 0253. */
export function appealCode(code: string): string | null {
  const root = code.slice(0, 2);
  const c3 = code.slice(0, 3);
  switch (root) {
    case '02':
      return code;
    case '03':
    case '04':
      return c3 === '045' ? '028' : '026';
    case '05':
      return '022';
    case '06':
      return '021';
    case '07':
      return '023';
    case '08':
      return { '081': '0251', '082': '0252', '083': '024', '084': '0253', '085': '0254', '086': '0255', '087': '0256' }[c3] ?? '025';
    default:
      return null;
  }
}

/** Demand (10x) for an act: "demanded the release of" → 1053. */
export function demandCode(code: string): string | null {
  const root = code.slice(0, 2);
  const c3 = code.slice(0, 3);
  switch (root) {
    case '10':
      return code;
    case '03':
    case '04':
      return c3 === '045' ? '108' : '106';
    case '05':
      return '102';
    case '06':
      return '101';
    case '07':
      return '103';
    case '08':
      return { '081': '1051', '082': '1052', '083': '104', '084': '1053', '085': '1054', '086': '1055', '087': '1056' }[c3] ?? '105';
    default:
      return null;
  }
}
