/**
 * `careers-widget/core` is side-effect free: importing it for the class,
 * types and parser does not define the tag. This file runs in a page of its
 * own, so no other test has defined `<careers-widget>` yet.
 */
import { expect } from '@open-wc/testing';
import { CareersWidget, parseFeed } from '../src/core.js';

describe('careers-widget/core', () => {
  it('exports the class and the parser without defining <careers-widget>', () => {
    expect(CareersWidget).to.be.a('function');
    expect(parseFeed({ version: 1, postings: [] }).postings).to.deep.equal([]);
    expect(customElements.get('careers-widget')).to.equal(undefined);
  });

  it('the define module registers that very class', async () => {
    await import('../src/define.js');
    expect(customElements.get('careers-widget')).to.equal(CareersWidget);
    expect(document.createElement('careers-widget')).to.be.instanceOf(CareersWidget);
  });
});
