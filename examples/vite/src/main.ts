// Importing the package defines <careers-widget>; lit is its peer dependency, shared with your app.
import 'careers-widget';
import type { CareersWidget } from 'careers-widget';

const widget = document.querySelector<CareersWidget>('#jobs')!;
const summary = document.querySelector<HTMLElement>('#summary')!;

// Events are typed: `event` is a CareersLoadEvent, `event.detail.count` a number.
widget.addEventListener('careers-load', (event) => {
  summary.textContent = `${event.detail.count} jobs loaded`;
});
widget.addEventListener('careers-filter-change', (event) => {
  console.log('filters', event.detail.country, event.detail.query);
});
