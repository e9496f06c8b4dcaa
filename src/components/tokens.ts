/**
 * The `--careers-*` custom properties: the one source of the styles that
 * read them (`src/generated/tokens.styles.ts`) and of the README's token
 * table, both written by `npm run tokens` (a test fails when either is out
 * of date). Nothing here ships: the generated styles do.
 *
 * Colours have a value per theme. `inherit`, the default, takes the host
 * page's text colour (`currentColor`) and mixes the others from it, with no
 * background of its own, so the widget is legible on any page without
 * configuration; `light` and `dark` paint a background; `auto` is `light` or
 * `dark` by `prefers-color-scheme`. A `--careers-*` value set by the page
 * wins over every theme.
 */

/** The `theme` attribute's values. */
export const THEMES = ['inherit', 'light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface ColorToken {
  /** `--careers-color-<name>`. */
  readonly name: string;
  /** What it styles (the README's words). */
  readonly what: string;
  readonly inherit: string;
  readonly light: string;
  readonly dark: string;
}

export interface SizeToken {
  /** `--careers-<name>`. */
  readonly name: string;
  readonly what: string;
  readonly value: string;
}

/**
 * Light and dark values meet WCAG 2.2 AA on their theme's surface: text and
 * muted text 4.5:1, borders of controls, accent and focus 3:1 (checked by
 * axe in each theme). The mixes of `inherit` keep 80 % and 65 % of the text
 * colour, enough for the usual dark-on-light or light-on-dark page.
 */
export const COLOR_TOKENS: readonly ColorToken[] = [
  { name: 'text', what: 'Text', inherit: 'currentColor', light: '#1f2328', dark: '#e6edf3' },
  {
    name: 'muted',
    what: 'Secondary text: card details, the result count, notices',
    inherit: 'color-mix(in srgb, currentColor 80%, transparent)',
    light: '#57606a',
    dark: '#9da7b3',
  },
  {
    name: 'background',
    what: 'Behind the widget (none by default: the page shows through)',
    inherit: 'transparent',
    light: '#ffffff',
    dark: '#0d1117',
  },
  { name: 'surface', what: 'Cards, controls, the dialog', inherit: 'transparent', light: '#ffffff', dark: '#161b22' },
  {
    name: 'border',
    what: 'Control borders; cards use it at half strength',
    inherit: 'color-mix(in srgb, currentColor 65%, transparent)',
    light: '#6e7781',
    dark: '#7d8590',
  },
  {
    name: 'accent',
    what: 'Buttons, titles on hover, the brand colour',
    inherit: 'currentColor',
    light: '#0a58ca',
    dark: '#58a6ff',
  },
  {
    name: 'on-accent',
    what: 'Text on filled buttons (Retry, Apply), which are filled in the light and dark themes',
    inherit: 'currentColor',
    light: '#ffffff',
    dark: '#0d1117',
  },
  { name: 'focus', what: 'Focus ring', inherit: 'currentColor', light: '#0a58ca', dark: '#58a6ff' },
  { name: 'error', what: 'Error text and border', inherit: 'currentColor', light: '#b3261e', dark: '#ff7b72' },
];

export const SIZE_TOKENS: readonly SizeToken[] = [
  { name: 'font-family', what: 'Font of the widget', value: 'inherit' },
  { name: 'font-size', what: 'Base font size', value: 'inherit' },
  { name: 'radius', what: 'Corner radius of cards, controls and the dialog', value: '0.5rem' },
  { name: 'spacing', what: 'Base spacing between and inside cards', value: '1rem' },
  { name: 'card-min-width', what: 'Narrowest card before the grid adds a column', value: '18rem' },
];
