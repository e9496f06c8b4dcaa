/**
 * Adapters by source format, each behind its own dynamic import so bundlers
 * emit one lazy chunk per adapter: a page pays only for the format it reads.
 * The map is literal on purpose: bundlers can only split `import('./x.js')`
 * with a static specifier.
 */
import { lazyModule } from '../errors.js';
import type { SourceFormat } from '../formats.js';
import type { Adapter } from './types.js';

/** Formats that need an adapter (`careers` is native). */
export type AdapterFormat = Exclude<SourceFormat, 'careers'>;

const loaders: ReadonlyMap<string, () => Promise<Adapter>> = new Map<AdapterFormat, () => Promise<Adapter>>([
  ['greenhouse', () => import('./greenhouse.js').then((m) => m.adaptGreenhouse)],
  ['lever', () => import('./lever.js').then((m) => m.adaptLever)],
  ['ashby', () => import('./ashby.js').then((m) => m.adaptAshby)],
  ['workable', () => import('./workable.js').then((m) => m.adaptWorkable)],
  ['recruitee', () => import('./recruitee.js').then((m) => m.adaptRecruitee)],
  ['smartrecruiters', () => import('./smartrecruiters.js').then((m) => m.adaptSmartRecruiters)],
  ['personio', () => import('./personio.js').then((m) => m.adaptPersonio)],
  ['jsonld', () => import('./jsonld.js').then((m) => m.adaptJsonLd)],
]);

/**
 * Loads the adapter for `format` (a lazy chunk in bundled builds); a Map, so
 * no name reaches `Object.prototype`. A chunk that does not download is a
 * `network` error, as for the feed itself.
 */
export function loadAdapter(format: AdapterFormat): Promise<Adapter> {
  const load = loaders.get(format);
  if (!load) return Promise.reject(new TypeError(`No adapter for feed format "${String(format)}"`));
  return lazyModule(load(), format);
}
