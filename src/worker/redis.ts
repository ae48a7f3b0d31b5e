import { createBunRedisClient, type IRedisClient } from 'bullmq';
import { DyadError } from '../errors.js';
import { maskUrl } from '../store/open-store.js';
import { parseRedisUrl, RespClient, type RedisTarget } from './resp-client.js';

/** The Redis used when neither `--redis` nor `DYAD_REDIS` says otherwise. */
export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

/** Which Redis to use: the `--redis` option, else `DYAD_REDIS`, else the local default. */
export function resolveRedisUrl(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.DYAD_REDIS ?? DEFAULT_REDIS;
}

/**
 * The connections one process opens to Redis: BullMQ gets a fresh client per
 * Queue or Worker (it duplicates its own for blocking reads), and `close()`
 * shuts every one of them, so a command exits when it is done.
 */
export interface RedisHandle {
  url: string;
  /** A client for a BullMQ Queue or Worker. */
  client(): IRedisClient;
  /** A plain connection for the few commands dyad sends itself (rate counters). */
  raw(): Promise<RespClient>;
  close(): Promise<void>;
}

/**
 * Parse the URL and check that Redis answers, so a wrong address is one clear
 * message at start, not a worker that retries silently forever.
 *
 * @example const redis = await openRedis('redis://127.0.0.1:6379'); … await redis.close();
 */
export async function openRedis(url: string): Promise<RedisHandle> {
  let target: RedisTarget;
  try {
    target = parseRedisUrl(url);
  } catch {
    throw new DyadError('E502', { url: maskUrl(url) });
  }
  const probe = new RespClient(target);
  try {
    await probe.connect();
    await probe.send('PING', []);
  } catch (err) {
    throw new DyadError('E501', {
      service: 'Redis',
      url: maskUrl(url),
      detail: `${(err as Error).message} (start Redis, or pass --redis redis://host:port / set DYAD_REDIS)`,
    });
  } finally {
    probe.close();
  }
  const adapters: IRedisClient[] = [];
  const raws: RespClient[] = [];
  return {
    url,
    client() {
      // The adapter's type wants Bun's client; ours has the same shape (send/connect/close/duplicate).
      const c = createBunRedisClient(new RespClient(target) as never);
      adapters.push(c);
      return c;
    },
    async raw() {
      const c = new RespClient(target);
      await c.connect();
      raws.push(c);
      return c;
    },
    async close() {
      await Promise.all(adapters.map((a) => a.quit().catch(() => undefined)));
      for (const r of raws) r.close();
    },
  };
}
