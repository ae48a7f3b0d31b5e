import type { EventRow } from './types.js';

/** The CAMEO name of an event's code ("Make a visit"), '' when unknown. */
export function cameoName(code: string, ev?: Pick<EventRow, 'cameoName'>): string {
  return ev?.cameoName ?? '';
}
