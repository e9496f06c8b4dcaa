import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

/**
 * The widget's styles, from the `--careers-*` tokens (src/components/tokens.ts,
 * the README's table). What `theme`, `layout` and `group-by` add is in the
 * appearance chunk (`appearance.ts`), downloaded only by widgets that set them.
 * Layout follows the widget's own width (container queries), not the
 * viewport's: a widget in a sidebar gets the narrow layout on any screen.
 */
export const styles = [
  sharedStyles,
  css`
  :host {
    container-type: inline-size;
    font-family: var(--careers-font-family, inherit);
    font-size: var(--careers-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) * 0.75);
    align-items: end;
    margin-block-end: var(--_spacing);
  }

  /* A field is at least as wide as its longest option, so no label is cut short ("Todos los tipos de empleo"). */
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 auto;
    max-inline-size: 100%;
  }

  .field.search {
    flex: 1 1 16rem;
  }

  /* Wide: the selects sit in the bar; narrow: behind the Filters button, one row with the search. */
  .panel {
    display: contents;
  }

  .toggle {
    display: none;
  }

  @container (inline-size < 40rem) {
    /* Narrow enough that the search and the Filters button share a row at 320 px. */
    .field.search {
      flex-basis: 8rem;
    }
    .toggle {
      display: block;
    }
    .panel {
      display: flex;
      flex-wrap: wrap;
      gap: inherit;
      flex-basis: 100%;
    }
    .panel:not(.open) {
      display: none;
    }
  }

  label {
    font-weight: 600;
    font-size: 0.9em;
  }

  select,
  input,
  button,
  .apply {
    font: inherit;
    color: inherit;
    min-block-size: 2.75rem;
    border-radius: var(--_radius);
  }

  select,
  input {
    max-inline-size: 100%;
    box-sizing: border-box;
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }

  /* The Apply link on a card looks like the buttons. */
  button,
  .apply {
    cursor: pointer;
    padding-block: 0.4rem;
    padding-inline: 1rem;
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }

  /* Filled where the theme knows the background (light, dark); outlined when colours come from the page. */
  button.primary {
    background: var(--_fill);
    color: var(--_on-fill);
  }

  .status {
    margin-block: 0 var(--_spacing);
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
    gap: var(--_spacing);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--careers-card-min-width, 18rem)), 1fr));
  }

  /* Breaks long words at hyphenation points of the card's language (lang on title and summary), else between letters. */
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_spacing);
    background: var(--_surface);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
    hyphens: auto;
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

  /* A heading that is a link: underlined on hover and focus (the card's position and hover make it a link). */
  .link {
    color: inherit;
    text-decoration: none;
    text-underline-offset: 0.15em;
  }

  .card:hover .link,
  .link:focus-visible {
    color: var(--_accent);
    text-decoration: underline;
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

  /* Above the card-wide hit area of the title link; at the foot of the card, so a row's Apply links line up. */
  .card-actions {
    position: relative;
    z-index: 1;
    margin: auto 0 0;
  }

  .apply {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    text-decoration: none;
  }

  .apply:hover {
    text-decoration: underline;
  }

  button.link {
    all: unset;
    cursor: pointer;
  }

  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_spacing);
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    align-items: center;
    padding: var(--_spacing);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
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
    margin-block-end: var(--_spacing);
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
    .card,
    .apply,
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
