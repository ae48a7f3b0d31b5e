/**
 * The error catalogue. Every error a user can cause has a code and a message
 * that says what to do; the CLI prints `message` (never a stack) and exits
 * with `exitCode`.
 */
export const ERRORS = {
  E001: 'Unknown command "{command}". Run `dyad --help` for the list of commands.',
  E002: 'Unknown option "{option}" for `dyad {command}`. Run `dyad {command} --help`.',
  E003: 'Option "{option}" needs a value.',
  E004: 'Invalid value for {option}: {detail}',
  E010: 'File not found: {path}',
  E011: 'Cannot read {path}: {detail}',
  E012: 'No input given. Pass files or folders, or pipe JSON Lines with --jsonl.',
  E101: 'Pipeline component "{component}" requires "{layer}", which no earlier component assigns. Put a component that assigns "{layer}" before it in src/pipeline/compose.ts.',
  E102: 'Pipeline component "{component}" is listed twice.',
  E201: 'Dictionary {path}, line {line}: {detail}',
  E301: 'Gold file {path} is neither PLOVER GSR JSON nor PETRARCH validation XML.',
  E401: 'Cannot open the store {db}: {detail}',
  E402: 'Unsupported database URL "{db}": use a file path (SQLite) or postgres://…',
  E403: 'The store {db} was written by a newer dyad (schema {found}, this version knows {known}). Upgrade dyad.',
  E410: 'Invalid parameter "{param}": {detail}',
  E411: 'Not found: {what}',
  E412: 'Writing is off: start the server with --token (or DYAD_TOKEN) and send "Authorization: Bearer <token>".',
  E413: 'Wrong or missing write token: send "Authorization: Bearer <token>" with the token the server was started with.',
  E414: 'Request body too large: at most {limit} bytes.',
  E415: 'Invalid request body: {detail}',
  E416: 'Request URL too long: at most {limit} characters. Narrow the query.',
  E417: 'Too many requests from your address: at most {rate} per second (bursts of {burst}). Retry after {retry} s.',
  E501: 'Cannot reach {service} at {url}: {detail}',
  E502: 'Invalid Redis URL "{url}": use redis://[user:password@]host[:port][/db] (or rediss:// for TLS).',
  E503: 'Unknown queue action "{action}": use status, retry, drain or clean (see `dyad queue --help`).',
  E504: 'Invalid queue name "{name}": use letters, digits, "-" and "_" (no ":").',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error a user can fix: wrong input, bad option, missing file. */
export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, exitCode = 2) {
    const template: string = ERRORS[code];
    super(template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)));
    this.name = 'DyadError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/**
 * Why an input was not coded. Every discarded article gets one, so discards
 * can be counted, not just logged.
 */
export type DiscardReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-english'
  | 'no-body'
  | 'bad-json'
  | 'bad-record'
  | 'unreadable'
  | 'malformed'
  | 'unsupported'
  | 'timeout'
  | 'duplicate'
  | 'error';

export interface Failure {
  id: string;
  reason: DiscardReason;
  message: string;
}

/** A per-document failure with a typed reason: the batch records it and goes on. */
export class DiscardError extends Error {
  readonly reason: DiscardReason;
  constructor(reason: DiscardReason, message: string) {
    super(message);
    this.name = 'DiscardError';
    this.reason = reason;
  }
}
