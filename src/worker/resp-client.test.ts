import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { test } from 'node:test';
import { parseRedisUrl, RespClient } from './resp-client.js';

test('a redis:// URL gives host, port, database, credentials and TLS', () => {
  assert.deepEqual(parseRedisUrl('redis://127.0.0.1:6379'), { host: '127.0.0.1', port: 6379, tls: false, db: 0 });
  assert.deepEqual(parseRedisUrl('rediss://user:p%40ss@queue.example:6380/3'), {
    host: 'queue.example',
    port: 6380,
    tls: true,
    username: 'user',
    password: 'p@ss',
    db: 3,
  });
  assert.throws(() => parseRedisUrl('postgres://localhost/x'), /not a redis/);
  assert.throws(() => parseRedisUrl('redis://localhost/x'), /database number/);
});

/** A fake server that answers each command with the next canned reply, split into small chunks. */
async function fakeRedis(replies: string[]): Promise<{ server: Server; port: number; received: Buffer[] }> {
  const received: Buffer[] = [];
  const server = createServer((sock) => {
    sock.on('data', (d) => {
      received.push(d);
      // Answer everything asked so far, one byte at a time: replies may arrive cut anywhere.
      const out = Buffer.from(replies.splice(0, (d.toString().match(/^\*/gm) ?? []).length).join(''));
      for (let i = 0; i < out.length; i += 3) sock.write(out.subarray(i, i + 3));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as { port: number }).port, received };
}

test('replies of every RESP2 type are parsed, even when they arrive in pieces', async () => {
  const { server, port, received } = await fakeRedis([
    '+PONG\r\n',
    ':42\r\n',
    '$5\r\nhé\r\n\r\n',
    '$-1\r\n',
    '*3\r\n$1\r\na\r\n:7\r\n*1\r\n$0\r\n\r\n',
    '-NOSCRIPT No matching script\r\n',
    '*2\r\n+OK\r\n-ERR inside exec\r\n',
  ]);
  const c = new RespClient(parseRedisUrl(`redis://127.0.0.1:${port}`));
  await c.connect();
  try {
    assert.equal(await c.send('PING', []), 'PONG');
    assert.equal(await c.send('INCR', ['k']), 42);
    assert.equal(await c.send('GET', ['k']), 'hé\r\n');
    assert.equal(await c.send('GET', ['missing']), null);
    assert.deepEqual(await c.send('LRANGE', ['l', '0', '-1']), ['a', 7, ['']]);
    await assert.rejects(c.send('EVALSHA', ['x', '0']), /NOSCRIPT/);
    const exec = (await c.send('EXEC', [])) as unknown[];
    assert.equal(exec[0], 'OK');
    assert.ok(exec[1] instanceof Error && /inside exec/.test(exec[1].message));
    // Binary arguments (BullMQ sends msgpack buffers) go out with their byte length.
    const all = Buffer.concat(received).toString('latin1');
    assert.match(all, /\*2\r\n\$4\r\nINCR\r\n\$1\r\nk\r\n/);
  } finally {
    c.close();
    server.close();
  }
});

test('pending commands fail with "Connection closed" when the server goes away', async () => {
  const server = createServer((sock) => sock.on('data', () => sock.destroy()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const c = new RespClient(parseRedisUrl(`redis://127.0.0.1:${(server.address() as { port: number }).port}`));
  let closedWith: unknown = 'not called';
  c.onclose = (e) => (closedWith = e);
  await c.connect();
  await assert.rejects(c.send('PING', []), /Connection closed/);
  assert.ok(closedWith instanceof Error, 'an unexpected close is reported with an error');
  assert.equal(c.connected, false);
  await assert.rejects(c.send('PING', []), /Connection is closed/);
  server.close();
});
