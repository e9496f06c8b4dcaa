/**
 * `dist/careers-widget.js`, the file a page loads with `<script
 * type="module">`: a small bootstrap that imports the widget (`cdn.ts`) and,
 * at the same time, the feed pipeline, which the first card needs too; both
 * download in parallel instead of one after the other (in the CDN build,
 * `vite.config.ts` points the first import straight at the core chunk). The
 * pipeline is imported, not announced with `<link rel="modulepreload">`: the
 * page's `<head>` stays as it was, a bundler that re-bundles this file
 * follows the import, and it costs fewer bytes; running it early only builds
 * the schemas and functions the first card needs anyway.
 *
 * The widget's import is dynamic so that its failure can be caught: with a
 * static import, a chunk that does not arrive (or throws, as Lit does when
 * the page's CSP refuses its Trusted Types policy) leaves every
 * `<careers-widget>` empty and says nothing. Here each element shows a short
 * message and fires `careers-error` (see `unavailable.ts`).
 *
 * It exports nothing: `careers-widget/cdn` (`dist/cdn.js`) is the same build
 * with the classes as exports. No top-level `await` either: the bundler then
 * splits the chunks differently, with two more files before the first card.
 * (So the script's `load` event comes before the element is defined; wait
 * for `customElements.whenDefined('careers-widget')`.)
 */
import { widgetUnavailable } from './unavailable.js';

import('./cdn.js').catch(widgetUnavailable);
// The element imports it again when it connects and reports a failure (kind `network`) then.
import('./feed/pipeline.js').catch(() => undefined);
