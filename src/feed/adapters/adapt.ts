/**
 * A payload that is not a native feed, to a native v1 feed: `auto` detects
 * the format by shape and throws a `schema` FeedError when nothing fits; an
 * explicit format the payload clearly is not (by shape, or JSON given to the
 * XML format and back) is a `schema` FeedError too; then the format's
 * adapter. A lazy chunk (with detection in it) that only non-native feeds
 * load: `toNativeFeed` passes a native feed through without it.
 */
import { FeedError } from '../errors.js';
import { FEED_FORMATS, type SourceFormat } from '../formats.js';
import type { NativeResult, ToNativeOptions } from '../sources.js';
import { cleanTag } from '../../i18n/tags.js';
import { candidateFormats, isXmlNode } from './detect.js';
import { loadAdapter } from './registry.js';
import { sliced } from '../slices.js';

const adapterFormats = FEED_FORMATS.filter((f) => f !== 'auto' && f !== 'careers').join(', ');

export async function adaptPayload(payload: unknown, options: ToNativeOptions): Promise<NativeResult> {
  const candidates = candidateFormats(payload);
  let format: SourceFormat;
  if (options.format === 'auto') {
    const detected = candidates[0];
    if (!detected) {
      throw new FeedError(
        'schema',
        `Unrecognised feed format: ${isXmlNode(payload) ? `XML <${payload.name}>` : 'the data'} is neither a careers feed v1 ({ "version": 1, "postings": [...] }) nor one of ${adapterFormats}`,
      );
    }
    format = detected;
  } else {
    format = options.format;
    const xml = isXmlNode(payload);
    if (format === 'personio' ? !xml : xml) {
      throw new FeedError('schema', `The feed is ${xml ? 'XML' : 'not XML'}, so it is not a ${format} feed`);
    }
    if (candidates.length > 0 && !candidates.includes(format)) {
      const looksLike = xml ? `an XML document <${payload.name}>` : `a ${candidates.join(' or ')} feed`;
      throw new FeedError('schema', `The feed looks like ${looksLike}, not a ${format} feed`);
    }
  }
  if (format === 'careers') return { feed: payload, format, unresolvedLocations: [] };
  const adapt = await loadAdapter(format); // a chunk that does not download: a network FeedError
  try {
    // A malformed fallback language (`en_GB`, `fr-`) is cleaned, or dropped: never handed on as it is.
    const language = cleanTag(options.language);
    const adaptOptions = { language, url: options.url, html: options.html };
    // An adapter that works row by row gives the main thread back every few milliseconds.
    let result = await (adapt.steps ? sliced(adapt.steps(payload, adaptOptions)) : adapt(payload, adaptOptions));
    // Places that codes and country names left without a country: the places dataset, a chunk of its
    // own loaded only now. One that does not download leaves them as they were.
    if (result.unresolvedLocations.length) {
      const geo = await import('./geo.js').catch(() => undefined);
      if (geo) result = await sliced(geo.placeFeedSteps(result));
    }
    return { ...result, format };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('schema', `Could not read the ${format} feed: ${(error as Error).message}`);
  }
}
