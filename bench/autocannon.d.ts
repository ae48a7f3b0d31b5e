// autocannon ships no types and @types/autocannon is not installed: the part bench/load.ts uses.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    max: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    connections: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    overallRate?: number;
    requests?: { setupRequest?: (req: Record<string, unknown>) => Record<string, unknown> }[];
  }
  interface Run extends Promise<Result> {
    on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  }
  export default function autocannon(opts: Options): Run;
}
