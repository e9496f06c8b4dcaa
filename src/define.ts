/**
 * Registers `<careers-widget>`. This is the one module with that side effect:
 * import `careers-widget/core` instead for the class, types and parser
 * without defining the tag (to register it under your own control, or in
 * code that only type-checks against it).
 */
import { CareersWidget } from './components/careers-widget/careers-widget.js';
import { defineElement } from './components/define.js';

defineElement('careers-widget', CareersWidget);
