/**
 * Type-checked with examples/react (test/examples/examples.test.mjs), never
 * run: examples/react/src/careers-widget.d.ts types <careers-widget> in JSX
 * from the package's declarations, so wrong props and handlers do not compile.
 */
import type { CareersErrorEvent, CareersLoadEvent } from 'careers-widget';

export const typed = (
  <careers-widget
    src="/jobs.json"
    format="greenhouse"
    layout="list"
    theme="dark"
    group-by="department"
    page-size={5}
    oncareers-load={(event: CareersLoadEvent) => event.detail.count.toFixed()}
    oncareers-error={(event) => event.detail.kind satisfies CareersErrorEvent['detail']['kind']}
  />
);

// @ts-expect-error: not a layout
export const badLayout = <careers-widget layout="masonry" />;

// @ts-expect-error: not a feed format
export const badFormat = <careers-widget format="csv" />;

// @ts-expect-error: a careers-load handler gets a CareersLoadEvent, whose detail has no `foo`
export const badHandler = <careers-widget oncareers-load={(event) => event.detail.foo} />;
