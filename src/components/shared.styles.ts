import { css } from 'lit';

/**
 * What every shadow root of ours starts with: the `--careers-*` tokens read
 * into private `--_*` properties once (custom properties inherit through the
 * shadow boundary, so a theme set on `<careers-widget>` reaches its detail
 * view too), `hidden` that hides, a visually hidden utility, and the facts
 * line shared by cards and the detail view.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_space: var(--careers-spacing, 1rem);
    --_radius: var(--careers-radius, 0.5rem);
    --_border: var(--careers-color-border, #6e7781);
    --_accent: var(--careers-color-accent, #0a58ca);
    --_muted: var(--careers-color-muted, #57606a);
    --_surface: var(--careers-color-surface, #ffffff);
    --_focus: var(--careers-color-focus, #0a58ca);
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

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .meta dd {
    margin: 0;
  }
`;
