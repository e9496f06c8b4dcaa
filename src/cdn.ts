/**
 * The self-contained CDN build's entry (`dist/careers-widget.js`): defines
 * `<careers-widget>` and nothing else, so the file a page downloads before
 * first render stays small. Validation, adapters and translations load
 * lazily as chunks beside it.
 */
import './define.js';

export { CareersWidget } from './components/careers-widget/careers-widget.js';
export * from './events/careers-events.js';
