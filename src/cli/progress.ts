import type { IngestProgress } from '../store/ingest.js';

/** A duration for people. @example formatDuration(83_000) // '1m23s' */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Progress of an ingest: on a terminal a bar redrawn in place with rate and
 * ETA; otherwise (logs, CI) a plain line at most every `everyMs`.
 *
 * @example const p = progressReporter(io.stderr, true, 5000); p.update(state); p.done();
 */
export function progressReporter(write: (s: string) => void, tty: boolean, total: number | null, everyMs = 5000) {
  let lastLog = 0;
  let drawn = false;
  return {
    update(p: IngestProgress): void {
      const rate = p.elapsedMs > 0 ? (p.read / p.elapsedMs) * 1000 : 0;
      const counts = `${p.read}${total ? `/${total}` : ''} read, ${p.stored} stored, ${p.events} events, ${p.discarded} skipped`;
      if (tty) {
        let bar = '';
        let eta = '';
        if (total) {
          const frac = Math.min(1, p.read / total);
          const w = 24;
          bar = `[${'#'.repeat(Math.round(frac * w)).padEnd(w, '.')}] ${Math.floor(frac * 100)}% `;
          eta = rate > 0 ? ` ETA ${formatDuration(((total - p.read) / rate) * 1000)}` : '';
        }
        write(`\r\x1b[2K${bar}${counts} · ${rate.toFixed(1)}/s${eta}`);
        drawn = true;
      } else if (p.elapsedMs - lastLog >= everyMs) {
        lastLog = p.elapsedMs;
        write(`ingest: ${counts} (${rate.toFixed(1)} articles/s, ${formatDuration(p.elapsedMs)})\n`);
      }
    },
    done(): void {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
