/**
 * Adapters by source format, each behind its own dynamic import so bundlers
 * emit one lazy chunk per adapter: a page pays only for the format it reads.
 * The map is literal on purpose: bundlers can only split `import('./x.js')`
 * with a static specifier. Every adapter module exports its adapter as
 * `adapt` as well (one name here, not one per format).
 */
import { lazyModule } from '../errors.js';
import type { SourceFormat } from '../formats.js';
import type { Adapter } from './types.js';

/** Formats that need an adapter (`careers` is native). */
export type AdapterFormat = Exclude<SourceFormat, 'careers'>;

const loaders: ReadonlyMap<string, () => Promise<{ adapt: Adapter }>> = new Map<AdapterFormat, () => Promise<{ adapt: Adapter }>>([
  ['greenhouse', () => import('./greenhouse.js')],
  ['lever', () => import('./lever.js')],
  ['ashby', () => import('./ashby.js')],
  ['workable', () => import('./workable.js')],
  ['recruitee', () => import('./recruitee.js')],
  ['smartrecruiters', () => import('./smartrecruiters.js')],
  ['personio', () => import('./personio.js')],
  ['jsonld', () => import('./jsonld.js')],
  ['breezy', () => import('./breezy.js')],
  ['bamboohr', () => import('./bamboohr.js')],
]);

/**
 * Loads the adapter for `format` (a lazy chunk in bundled builds); a Map, so
 * no name reaches `Object.prototype`. A chunk that does not download is a
 * `network` error, as for the feed itself.
 */
export function loadAdapter(format: AdapterFormat): Promise<Adapter> {
  const load = loaders.get(format);
  if (!load) return Promise.reject(new TypeError(`No adapter for feed format "${String(format)}"`));
  return lazyModule(load().then((m) => m.adapt), format);
}
