import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DyadError } from '../errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parse a command's arguments strictly: an unknown option or a missing value
 * is a user error with a message, not a stack trace.
 */
export function parseCommandArgs(command: string, argv: string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new DyadError('E002', { option: unknown[1]!, command });
    const missing = /Option '([^']+)' argument missing/.exec(msg) ?? /Option '(-[^']+)'.*argument/.exec(msg);
    if (missing) throw new DyadError('E003', { option: missing[1]!.split(',')[0]!.trim() });
    throw new DyadError('E004', { option: command, detail: msg });
  }
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

export function int(p: Parsed, name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new DyadError('E004', { option: `--${name}`, detail: `expected a whole number from ${min} to ${max}, got "${v}"` });
  }
  return n;
}

/** A `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) date option. */
export function dateOpt(p: Parsed, name: string): string | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) || Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v))) {
    throw new DyadError('E004', { option: `--${name}`, detail: `expected a date as YYYY-MM-DD, got "${v}"` });
  }
  return v;
}
