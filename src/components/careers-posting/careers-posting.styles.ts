import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

/**
 * The detail view's styles. They read the same `--careers-*` tokens as the
 * widget (custom properties inherit through the shadow boundary), so a
 * theme set on `<careers-widget>` styles the detail too.
 */
export const styles = [
  sharedStyles,
  css`
  .control {
    margin-block: 0 var(--_spacing);
  }

  button,
  .apply {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    border-radius: var(--_radius);
    padding-block: 0.4rem;
    padding-inline: 1rem;
    cursor: pointer;
  }

  button {
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
  }

  /* A decoration, not part of the name ('' is its alternative text); it points back in either direction. */
  .back::before {
    content: '←' / '';
    display: inline-block;
    margin-inline-end: 0.4em;
  }

  .back:dir(rtl)::before {
    content: '→' / '';
  }

  .apply {
    display: inline-flex;
    align-items: center;
    /* Filled where the theme knows the background (light, dark); outlined in the page's colours (inherit). */
    background: var(--_fill);
    color: var(--_on-fill);
    border: 1px solid var(--_accent);
    text-decoration: none;
  }

  .apply:hover {
    text-decoration: underline;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_spacing);
    overflow-wrap: anywhere;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .organization {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }

  .logo {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    object-fit: contain;
  }

  [part~='detail-title'] {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .description > :first-child {
    margin-block-start: 0;
  }

  .description > :last-child {
    margin-block-end: 0;
  }

  .description a {
    color: var(--_accent);
  }

  [part~='section-title'] {
    margin-block: 0 0.5rem;
    font-size: 1.1em;
  }

  .section ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .section li + li {
    margin-block-start: 0.25rem;
  }

  .actions {
    margin: 0;
  }

  @media (forced-colors: active) {
    button,
    .apply {
      border-color: CanvasText;
    }
    .apply {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`,
];
