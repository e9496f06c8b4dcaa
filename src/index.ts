/**
 * careers-widget: the package entry. Importing it defines `<careers-widget>`;
 * `careers-widget/core` exports the same without defining it.
 */
import './define.js';

export * from './core.js';
