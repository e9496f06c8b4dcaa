/**
 * No text is cut short, in any shipped locale, from a phone to a desktop:
 * in the filter bar and the cards, no element's content is wider than its
 * box, and each select is wide enough for its longest option (a closed
 * select would otherwise end it with "…": "Todos los tipos de emple…").
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import { UI_LOCALES } from '../../../src/localization.js';
import { $, $$, mount } from './helpers.js';

const ALL_FILTERS = 'country language department workplace type search';
const WIDTHS = [320, 1440] as const;

let canvas: CanvasRenderingContext2D | undefined;
/** The width of `text` in the font of `element`. */
function textWidth(text: string, element: Element): number {
  canvas ??= document.createElement('canvas').getContext('2d')!;
  const style = getComputedStyle(element);
  canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return canvas.measureText(text).width;
}

/** What overflows, named for the failure message. */
function clipped(el: CareersWidget): string[] {
  const found: string[] = [];
  for (const node of $$(el, '.filters *, .card *, .filters, .card')) {
    if (node.closest('.visually-hidden') || !node.checkVisibility()) continue;
    if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) {
      found.push(`${node.tagName.toLowerCase()}.${node.className} "${node.textContent!.trim().slice(0, 40)}" ${node.scrollWidth}>${node.clientWidth}`);
    }
  }
  for (const select of $$<HTMLSelectElement>(el, 'select')) {
    const style = getComputedStyle(select);
    const room = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    for (const option of select.options) {
      const needed = textWidth(option.text.replace(/\s+/g, ' ').trim(), select);
      // The arrow takes part of the room: ask for 16 px of it.
      if (needed + 16 > room) found.push(`${select.id} option "${option.text.trim()}" ${Math.ceil(needed)}+16>${Math.floor(room)}`);
    }
  }
  return found;
}

describe('careers-widget: no clipped text', () => {
  for (const locale of UI_LOCALES) {
    for (const width of WIDTHS) {
      it(`${locale} at ${width} px`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
        const el = await mount({ locale, filters: ALL_FILTERS, 'posting-language': 'all' });
        box.append(el);
        await el.loadComplete;
        const toggle = $<HTMLButtonElement>(el, '[part~="filters-button"]')!;
        if (toggle.checkVisibility()) {
          toggle.click(); // the selects, behind the Filters button on a narrow widget
          await el.updateComplete;
        }
        expect($$(el, 'select').length, 'selects shown').to.be.greaterThan(2);
        expect(clipped(el)).to.deep.equal([]);
      });
    }
  }
});
