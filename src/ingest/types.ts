/**
 * One input as read from disk or stdin, before article structuring.
 * Readers yield these or typed `Failure`s; nothing is dropped silently.
 */
export interface RawInput {
  /** JSONL `id`, or the file path (with `#N` for the N-th line of a JSONL file without ids). */
  id: string;
  file: string | null;
  format: 'text' | 'html';
  /** Decoded content (UTF-8, or Windows-1252 fallback). */
  content: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  /** Character encoding the bytes were decoded from ("utf-8", "windows-1252", …); absent for JSONL text. */
  encoding?: string;
}
