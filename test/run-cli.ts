// The CLI from source, as a child process (`node --import tsx test/run-cli.ts code …`):
// tests that must kill it, time it or feed it stdin run it this way, without a build.
import { main } from '../src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`dyad: internal error (this is a bug): ${(err as Error)?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
