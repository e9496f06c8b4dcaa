/**
 * `src/cdn-bootstrap.ts` unbundled (as `dist/lib/cdn-bootstrap.js` runs): it
 * imports the widget, which defines the element, and reports nothing. The
 * built file, with its chunks taken away, is tested in test/dist/*.test.mjs.
 */
import { expect } from '@open-wc/testing';

describe('cdn-bootstrap', () => {
  it('defines <careers-widget> with the widget class, and says nothing in the console', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await import('../src/cdn-bootstrap.js');
      await customElements.whenDefined('careers-widget');
      const { CareersWidget } = await import('../src/cdn.js');
      expect(customElements.get('careers-widget')).to.equal(CareersWidget);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });
});
