// `dyad` from the TypeScript sources, for tests that start it as a child process
// (`node --import tsx test/run-dyad.ts worker …`) without a build.
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
