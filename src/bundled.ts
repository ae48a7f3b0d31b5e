/**
 * A dependency as `npm run build` bundled it into one module under
 * `dist/vendor/` (see scripts/build-caches.js): one file to load instead of
 * dozens, which is most of what importing chrono or wink-nlp costs. Without a
 * build (runs from `src/`) the bundle is absent and the package itself is
 * loaded: the same code either way.
 *
 * @example
 * const chrono = await importBundled('chrono-en.js', () => import('chrono-node/en'));
 */
export async function importBundled<T>(bundle: string, fallback: () => Promise<T>): Promise<T> {
  try {
    return (await import(new URL(`./vendor/${bundle}`, import.meta.url).href)) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    return fallback();
  }
}
