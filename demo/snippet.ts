/**
 * The configurator's embed code, as a pure function of its options: the
 * script tag, the element with exactly the attributes that differ from the
 * widget's defaults (values escaped), and a `<style>` block only when a
 * colour differs from the default. No DOM: the preview and the tests use the
 * same `widgetAttributes`, so what is previewed is what is copied.
 */

export const FORMATS = ['auto', 'careers', 'greenhouse', 'lever', 'ashby', 'workable', 'recruitee', 'smartrecruiters', 'personio', 'jsonld', 'breezy', 'bamboohr'] as const;
export type Format = (typeof FORMATS)[number];

export const FILTERS = ['country', 'language', 'department', 'workplace', 'type', 'search'] as const;
export type Filter = (typeof FILTERS)[number];

export const DETAIL_MODES = ['auto', 'link', 'inline', 'dialog'] as const;
export type DetailMode = (typeof DETAIL_MODES)[number];

export const THEMES = ['inherit', 'light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const LAYOUTS = ['grid', 'list', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const GROUPINGS = ['none', 'department', 'country'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The UI locales the widget ships. */
export const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ja', 'zh-Hans', 'ar'] as const;

/** What a site owner picks. Empty strings mean "the widget's default". */
export interface WidgetOptions {
  /** Feed URL(s), space separated. */
  src: string;
  format: Format;
  /** Language of postings whose source names none (some ATS feeds); '' = the widget's language. */
  feedLanguage: string;
  /** UI locale; '' = the page's language. */
  locale: string;
  /** A language tag or `all`; '' = follows the UI locale. */
  postingLanguage: string;
  /** The filter controls shown, any order; empty = none. */
  filters: readonly Filter[];
  pageSize: number;
  detail: DetailMode;
  theme: Theme;
  layout: Layout;
  groupBy: Grouping;
  /** Brand colour, `#rrggbb`. */
  accent: string;
}

export const DEFAULT_ACCENT = '#0a58ca';

export const DEFAULTS: Readonly<WidgetOptions> = Object.freeze({
  src: '',
  format: 'auto',
  feedLanguage: '',
  locale: '',
  postingLanguage: '',
  filters: Object.freeze(['country', 'language', 'search'] as Filter[]),
  pageSize: 20,
  detail: 'auto',
  theme: 'inherit',
  layout: 'grid',
  groupBy: 'none',
  accent: DEFAULT_ACCENT,
});

/** Where the snippet loads the widget from unless told otherwise (README, Embed). */
export const DEFAULT_SCRIPT_URL = 'https://cdn.example/careers-widget/dist/careers-widget.js';

/** Text made safe inside a double-quoted attribute value (and anywhere in HTML text). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `#RGB` or `#RRGGBB`, any case, as lowercase `#rrggbb`; anything else → undefined. */
export function normalizeHex(value: string): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((c) => c + c).join('')}` : `#${hex}`;
}

const sameFilters = (a: readonly Filter[], b: readonly Filter[]): boolean =>
  a.length === b.length && a.every((f) => b.includes(f));

/**
 * The element's attributes that differ from the widget's defaults, in a
 * fixed order, values unescaped. Invalid values (an unknown format, a page
 * size of 0) would fall back to the default in the widget, so they are left
 * out here too.
 */
export function widgetAttributes(options: WidgetOptions): [name: string, value: string][] {
  const out: [string, string][] = [];
  const add = (name: string, value: string, fallback: string) => {
    if (value !== fallback) out.push([name, value]);
  };
  add('src', options.src.trim(), '');
  add('format', FORMATS.includes(options.format) ? options.format : 'auto', 'auto');
  add('feed-language', options.feedLanguage.trim(), '');
  add('locale', options.locale.trim(), '');
  add('posting-language', options.postingLanguage.trim(), '');
  const filters = FILTERS.filter((f) => options.filters.includes(f));
  if (!sameFilters(filters, DEFAULTS.filters)) out.push(['filters', filters.length ? filters.join(' ') : 'none']);
  const pageSize = Number.isInteger(options.pageSize) && options.pageSize > 0 ? options.pageSize : DEFAULTS.pageSize;
  add('page-size', String(pageSize), String(DEFAULTS.pageSize));
  add('detail', DETAIL_MODES.includes(options.detail) ? options.detail : 'auto', 'auto');
  add('theme', THEMES.includes(options.theme) ? options.theme : 'inherit', 'inherit');
  add('layout', LAYOUTS.includes(options.layout) ? options.layout : 'grid', 'grid');
  add('group-by', GROUPINGS.includes(options.groupBy) ? options.groupBy : 'none', 'none');
  return out;
}

/** The CSS custom properties to set on the element: only those that differ from the defaults. */
export function widgetStyles(options: WidgetOptions): [property: string, value: string][] {
  const accent = normalizeHex(options.accent);
  return accent && accent !== DEFAULT_ACCENT ? [['--careers-color-accent', accent]] : [];
}

/** The element alone: attributes on one line when there are two or fewer, else one per line. */
export function elementHtml(options: WidgetOptions): string {
  const attributes = widgetAttributes(options).map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  if (attributes.length <= 2) return `<careers-widget${attributes.map((a) => ` ${a}`).join('')}></careers-widget>`;
  return `<careers-widget\n${attributes.map((a) => `  ${a}`).join('\n')}\n></careers-widget>`;
}

/** The whole embed code: script tag, element, and a `<style>` block when a colour was changed. */
export function snippet(options: WidgetOptions, scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  const parts = [`<script type="module" src="${escapeAttribute(scriptUrl.trim() || DEFAULT_SCRIPT_URL)}"></script>`, elementHtml(options)];
  const styles = widgetStyles(options);
  if (styles.length) {
    parts.push(['<style>', '  careers-widget {', ...styles.map(([p, v]) => `    ${p}: ${v};`), '  }', '</style>'].join('\n'));
  }
  return `${parts.join('\n')}\n`;
}

/** Relative luminance of `#rrggbb` (WCAG 2.2). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21); NaN when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const x = normalizeHex(a);
  const y = normalizeHex(b);
  if (!x || !y) return Number.NaN;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
