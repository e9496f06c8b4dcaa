/** Registers `<careers-posting>`; the widget imports this lazily with the detail view. */
import { CareersPosting } from './careers-posting.js';
import { defineElement } from '../define.js';

defineElement('careers-posting', CareersPosting);
