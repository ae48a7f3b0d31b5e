import { PassThrough } from 'node:stream';
import type { IO } from '../src/cli/command.js';

/** An IO for calling `main()` in-process: output collected in `out` and `err`, an empty stdin. */
export function captureIO(): IO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    stdin: new PassThrough(),
    isTTY: false,
  };
  io.stdin.end();
  return io;
}
