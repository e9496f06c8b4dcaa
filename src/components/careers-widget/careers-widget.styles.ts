import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

/**
 * Design tokens (all optional, with fallbacks):
 * --careers-font-family, --careers-font-size, --careers-color-text,
 * --careers-color-muted, --careers-color-surface, --careers-color-border,
 * --careers-color-accent, --careers-color-on-accent, --careers-color-focus,
 * --careers-color-error, --careers-radius, --careers-spacing,
 * --careers-card-min-width. See the README's token table.
 */
export const styles = [
  sharedStyles,
  css`
  :host {
    container-type: inline-size;
    font-family: var(--careers-font-family, inherit);
    font-size: var(--careers-font-size, inherit);
    line-height: 1.5;
    color: var(--careers-color-text, #1f2328);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: end;
    margin-block-end: var(--_space);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .field.search {
    flex-basis: 16rem;
  }

  label {
    font-weight: 600;
    font-size: 0.9em;
  }

  select,
  input,
  button {
    font: inherit;
    color: inherit;
    min-block-size: 2.75rem;
    border-radius: var(--_radius);
  }

  select,
  input {
    inline-size: 100%;
    box-sizing: border-box;
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }

  button {
    cursor: pointer;
    padding-block: 0.4rem;
    padding-inline: 1rem;
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }

  button.primary {
    background: var(--_accent);
    color: var(--careers-color-on-accent, #ffffff);
  }

  .status {
    margin-block: 0 var(--_space);
    font-weight: 600;
  }

  .notice {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--careers-card-min-width, 18rem)), 1fr));
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .card:hover {
    border-color: var(--_accent);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
  }

  .card:has(.link:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  .link {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:focus-visible {
    outline: none;
  }

  /* The whole card is the link's hit area; the link stays the one interactive element. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }

  .summary {
    margin: 0;
  }

  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Above the card-wide hit area of the title link. */
  .card-actions {
    position: relative;
    z-index: 1;
    margin: 0;
  }

  .apply {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    box-sizing: border-box;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
    text-decoration: none;
  }

  .apply:hover {
    text-decoration: underline;
  }

  .dialog {
    inline-size: min(48rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    box-sizing: border-box;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--careers-color-text, #1f2328);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_space);
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    padding: var(--_space);
    border: 2px solid var(--careers-color-error, #b3261e);
    border-radius: var(--_radius);
    color: var(--careers-color-error, #b3261e);
    background: var(--_surface);
  }

  .error p {
    margin: 0;
    flex: 1 1 16rem;
  }

  .alternatives {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: var(--_space);
  }

  .loading {
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    .card {
      transition:
        border-color 0.15s ease,
        box-shadow 0.15s ease;
    }
  }

  @media (forced-colors: active) {
    .apply,
    .dialog,
    .card,
    select,
    input,
    button,
    .error {
      border-color: CanvasText;
    }
    .card:has(.link:focus-visible),
    :focus-visible {
      outline-color: Highlight;
    }
    .link {
      color: LinkText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`,
];
