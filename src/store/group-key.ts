/**
 * Cross-article grouping, interim: events with the same source, target, CAMEO
 * code and date are taken as one real-world event told by several articles
 * ("USAGOV|KOR|042|2020-07"). Events without a date stay alone. This is the
 * one function to swap for the dedup stage's linking when it lands.
 *
 * @example groupKeyOf({ source_code: 'USAGOV', target_code: 'KOR', cameo: '042', date_value: '2020-07' }, 'h:0') // 'USAGOV|KOR|042|2020-07'
 */
export function groupKeyOf(
  e: { source_code: string | null; target_code: string | null; cameo: string; date_value: string | null },
  ownKey: string,
): string {
  if (!e.date_value) return `only:${ownKey}`;
  return `${e.source_code ?? ''}|${e.target_code ?? ''}|${e.cameo}|${e.date_value}`;
}
