import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMANDS } from '../src/cli/commands.js';
import { main } from '../src/cli/main.js';
import { captureIO } from './capture-io.js';


test('dyad --help lists every command', async () => {
  const io = captureIO();
  assert.equal(await main(['--help'], io), 0);
  for (const name of Object.keys(COMMANDS)) assert.match(io.out, new RegExp(`\\b${name}\\b`));
});

test('every command answers --help with its usage', async () => {
  for (const name of Object.keys(COMMANDS)) {
    const io = captureIO();
    assert.equal(await main([name, '--help'], io), 0, name);
    assert.match(io.out, /^Usage: dyad /, name);
  }
});

test('an unknown command is a user error: message, exit 2, no stack trace', async () => {
  const io = captureIO();
  assert.equal(await main(['frobnicate'], io), 2);
  assert.match(io.err, /Unknown command "frobnicate"/);
  assert.doesNotMatch(io.err, /\n\s+at /);
});

test('an unknown option is a user error naming the option', async () => {
  const io = captureIO();
  assert.equal(await main(['parse', '--frob'], io), 2);
  assert.match(io.err, /Unknown option "--frob"/);
});

test('a missing file is a user error naming the file', async () => {
  const io = captureIO();
  const code = await main(['parse', '/nonexistent/dyad-test.txt'], io);
  assert.notEqual(code, 0);
  assert.match(io.err, /nonexistent\/dyad-test\.txt/);
  assert.doesNotMatch(io.err, /\n\s+at /);
});
