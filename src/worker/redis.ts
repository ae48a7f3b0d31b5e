import { createIORedisClient, type IRedisClient } from 'bullmq';
import { Redis } from 'ioredis';
import { DyadError } from '../errors.js';
import { maskUrl } from '../store/open-store.js';

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
/** The few plain commands dyad sends itself (rate counters, housekeeping), over an ioredis connection. */
export interface RedisCommands {
  send<T = unknown>(command: string, args: string[]): Promise<T>;
  close(): void;
}

export interface RedisHandle {
  url: string;
  /** A client for a BullMQ Queue or Worker. */
  client(): IRedisClient;
  /** A plain connection for the few commands dyad sends itself (rate counters). */
  raw(): Promise<RedisCommands>;
  close(): Promise<void>;
}

/**
 * Parse the URL and check that Redis answers, so a wrong address is one clear
 * message at start, not a worker that retries silently forever.
 *
 * @example const redis = await openRedis('redis://127.0.0.1:6379'); … await redis.close();
 */
export async function openRedis(url: string): Promise<RedisHandle> {
  try {
    const u = new URL(url);
    if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error('not redis');
  } catch {
    throw new DyadError('E502', { url: maskUrl(url) });
  }
  // BullMQ needs maxRetriesPerRequest: null on its connections (blocking reads must not time out).
  const connect = (lazy = false) => new Redis(url, { maxRetriesPerRequest: null, lazyConnect: lazy, enableOfflineQueue: true });
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 5000, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new DyadError('E501', {
      service: 'Redis',
      url: maskUrl(url),
      detail: `${(err as Error).message} (start Redis, or pass --redis redis://host:port / set DYAD_REDIS)`,
    });
  } finally {
    probe.disconnect();
  }
  const clients: Redis[] = [];
  return {
    url,
    client() {
      const c = connect();
      clients.push(c);
      return createIORedisClient(c) as unknown as IRedisClient;
    },
    async raw() {
      const c = connect();
      clients.push(c);
      return {
        send: <T>(command: string, args: string[]) => c.call(command, ...args) as Promise<T>,
        close: () => void c.quit().catch(() => c.disconnect()),
      };
    },
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
