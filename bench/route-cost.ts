// CPU cost of each API route computed in-process (no cache, no sockets), for finding slow queries.
// Usage: node --import tsx bench/route-cost.ts STORE [repeats]
import { createApp } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
import { PATHS } from './api-paths.js';

const [spec, repeatsArg] = process.argv.slice(2);
const store = await openStore(spec!, { mustExist: true });
const app = createApp({ store, cache: false, log: () => {} });
const n = Number(repeatsArg ?? 20);
for (const p of PATHS) await (await app.request(p)).text(); // warm up
let sum = 0;
for (const p of PATHS) {
  const c0 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < n; i++) bytes = (await (await app.request(p)).text()).length;
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000 / n;
  sum += ms;
  console.log(`${ms.toFixed(2).padStart(7)} ms CPU  ${String(bytes).padStart(7)} B  ${p}`);
}
console.log(`${(sum / PATHS.length).toFixed(2).padStart(7)} ms CPU  mean per request (routes in turn)`);
await store.close();
