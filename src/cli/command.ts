import type { OptionSpec, Parsed } from './args.js';

/** Where a command writes: injectable so tests can capture output. */
export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
}

/** One CLI command, in its own file, loaded only when called. */
export interface Command {
  usage: string;
  summary: string;
  /** Help text after the usage line: options and examples. */
  help: string;
  options: OptionSpec;
  run(args: Parsed, io: IO): Promise<number>;
}
