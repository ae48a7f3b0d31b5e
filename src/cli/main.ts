import { DyadError } from '../errors.js';
import { parseCommandArgs } from './args.js';
import type { IO } from './command.js';
import { COMMANDS } from './commands.js';

const VERSION = '0.1.0';

function topHelp(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`);
  return `dyad ${VERSION} — news articles in, political event data out (CAMEO/PLOVER)

Usage: dyad <command> [options]

Commands:
${lines.join('\n')}

Run \`dyad <command> --help\` for a command's options.
`;
}

export function processIO(): IO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/**
 * Entry point: read the command, run it, and turn a user's mistake into a
 * message and an exit code (2), anything else into "this is a bug" (70).
 */
export async function main(argv: string[], io: IO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  try {
    const entry = COMMANDS[name];
    if (!entry) throw new DyadError('E001', { command: name });
    const cmd = (await entry.load()).default;
    const args = parseCommandArgs(name, rest, cmd.options);
    if (args.values.help) {
      io.stdout(`Usage: ${cmd.usage}\n\n${cmd.summary}\n\n${cmd.help.trimEnd()}\n`);
      return 0;
    }
    return await cmd.run(args, io);
  } catch (err) {
    if (err instanceof DyadError) {
      io.stderr(`dyad: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && e.code === 'EPIPE') return 0;
    io.stderr(`dyad: internal error (this is a bug, please report it): ${e?.stack ?? String(err)}\n`);
    return 70;
  }
}
