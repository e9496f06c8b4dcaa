import { css } from 'lit';
import { tokenStyles } from '../generated/tokens.styles.js';

/**
 * What every shadow root of ours starts with: the `--careers-*` tokens read
 * into private `--_*` properties once (`tokenStyles`, generated from
 * `tokens.ts`) (custom properties inherit through the
 * shadow boundary, so a theme set on `<careers-widget>` reaches its detail
 * view too), `hidden` that hides, a visually hidden utility, and the facts
 * line shared by cards and the detail view.
 */
export const sharedStyles = [
  tokenStyles,
  css`
  :host {
    display: block;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Facts in a fixed order, with visible separators that screen readers skip ('' is their alternative text). */
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .meta > div + div::before {
    content: '·' / '';
    margin-inline-end: 0.5rem;
  }

  .meta dd {
    display: inline;
    margin: 0;
  }
`,
];
