import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/** A Redis reply in RESP2: strings and integers, nil, arrays, and errors nested inside EXEC results. */
export type Reply = string | number | null | Error | Reply[];

/** Where a Redis server is, from a `redis://[user:pass@]host[:port][/db]` URL (`rediss://` for TLS). */
export interface RedisTarget {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
  db: number;
}

/** @example parseRedisUrl('redis://127.0.0.1:6379/2') // { host: '127.0.0.1', port: 6379, db: 2, tls: false } */
export function parseRedisUrl(url: string): RedisTarget {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`not a redis:// URL: ${url}`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`bad database number in ${url}`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    tls: u.protocol === 'rediss:',
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db,
  };
}

function encode(command: string, args: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length + 1}\r\n$${Buffer.byteLength(command)}\r\n${command}\r\n`)];
  for (const a of args) {
    const b = typeof a === 'string' ? Buffer.from(a) : a;
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/** Parse one reply starting at `at`; null when the buffer does not hold all of it yet. */
function parse(buf: Buffer, at: number): { value: Reply; next: number } | null {
  const eol = buf.indexOf('\r\n', at);
  if (eol < 0) return null;
  const type = buf[at];
  const line = buf.toString('utf8', at + 1, eol);
  switch (type) {
    case 0x2b: // "+OK"
      return { value: line, next: eol + 2 };
    case 0x2d: // "-ERR …"
      return { value: new Error(line), next: eol + 2 };
    case 0x3a: // ":42"
      return { value: Number(line), next: eol + 2 };
    case 0x24: {
      // "$5\r\nhello"
      const n = Number(line);
      if (n < 0) return { value: null, next: eol + 2 };
      if (buf.length < eol + 2 + n + 2) return null;
      return { value: buf.toString('utf8', eol + 2, eol + 2 + n), next: eol + 2 + n + 2 };
    }
    case 0x2a: {
      // "*2\r\n…"
      const n = Number(line);
      if (n < 0) return { value: null, next: eol + 2 };
      const out: Reply[] = [];
      let pos = eol + 2;
      for (let i = 0; i < n; i++) {
        const r = parse(buf, pos);
        if (!r) return null;
        out.push(r.value);
        pos = r.next;
      }
      return { value: out, next: pos };
    }
    default:
      throw new Error(`unexpected reply byte ${type} from Redis`);
  }
}

/**
 * A small RESP2 client over one TCP connection, shaped like the raw client
 * that BullMQ's `createBunRedisClient` adapter wraps (`send`, `connect`,
 * `close`, `duplicate`, `onconnect`/`onclose`). The project ships no Redis
 * driver; BullMQ does the queueing, this only carries its commands.
 * Commands are written in call order and answered in order (pipelining),
 * which is what BullMQ's MULTI…EXEC bursts rely on.
 *
 * @example const c = new RespClient(parseRedisUrl('redis://127.0.0.1:6379')); await c.connect(); await c.send('PING', []);
 */
export class RespClient {
  connected = false;
  onconnect: ((...args: unknown[]) => void) | null = null;
  onclose: ((...args: unknown[]) => void) | null = null;
  onerror: ((...args: unknown[]) => void) | null = null;
  private socket: Socket | null = null;
  private pending: { resolve: (v: Reply) => void; reject: (e: Error) => void }[] = [];
  private buf: Buffer = Buffer.alloc(0);
  private closing = false;

  constructor(readonly target: RedisTarget, private readonly connectTimeoutMs = 10_000) {}

  get url(): string {
    return `${this.target.tls ? 'rediss' : 'redis'}://${this.target.host}:${this.target.port}/${this.target.db}`;
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await new Promise<void>((resolve, reject) => {
      const { host, port } = this.target;
      const s = this.target.tls ? tlsConnect({ host, port, servername: host }) : connect({ host, port });
      s.setNoDelay(true);
      s.setKeepAlive(true, 10_000);
      // Decided in the check phase, after pending I/O: a thread busy coding an
      // article fires this timer late, and a connection made meanwhile must count.
      const timer = setTimeout(
        () => setImmediate(() => s.connecting && s.destroy(new Error(`connection to ${host}:${port} timed out`))),
        this.connectTimeoutMs,
      );
      s.once(this.target.tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        resolve();
      });
      s.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      s.on('data', (d: Buffer) => this.onData(d));
      s.on('close', () => this.onSocketClose());
      s.on('error', (e) => {
        if (this.connected && !this.closing) this.onerror?.(e);
      });
      this.socket = s;
    });
    this.connected = true;
    // AUTH and SELECT go first on the wire, before anything the caller sends.
    const { username, password, db } = this.target;
    if (password) await this.send('AUTH', username ? [username, password] : [password]);
    if (db) await this.send('SELECT', [String(db)]);
    this.onconnect?.();
  }

  send<T = Reply>(command: string, args: (string | Buffer)[]): Promise<T> {
    const s = this.socket;
    if (!s || !this.connected) return Promise.reject(new Error('Connection is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ resolve: resolve as (v: Reply) => void, reject });
      s.write(encode(command, args));
    });
  }

  close(): void {
    this.closing = true;
    this.socket?.destroy();
  }

  async duplicate(): Promise<this> {
    const c = new RespClient(this.target, this.connectTimeoutMs) as this;
    return c;
  }

  get(key: string): Promise<string | null> {
    return this.send('GET', [key]);
  }

  smembers(key: string): Promise<unknown[]> {
    return this.send('SMEMBERS', [key]);
  }

  incr(key: string): Promise<number> {
    return this.send('INCR', [key]);
  }

  private onData(d: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    let at = 0;
    for (;;) {
      const r = parse(this.buf, at);
      if (!r) break;
      at = r.next;
      const p = this.pending.shift();
      if (!p) continue;
      if (r.value instanceof Error) p.reject(r.value);
      else p.resolve(r.value);
    }
    this.buf = at >= this.buf.length ? Buffer.alloc(0) : this.buf.subarray(at);
  }

  private onSocketClose(): void {
    const was = this.connected;
    this.connected = false;
    this.socket = null;
    const err = new Error('Connection closed');
    for (const p of this.pending.splice(0)) p.reject(err);
    if (was) this.onclose?.(this.closing ? undefined : err);
  }
}
