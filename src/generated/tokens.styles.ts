// Written by `npm run tokens` (scripts/tokens.mjs) from src/components/tokens.ts: do not edit.
import { css } from 'lit';

/** Every shadow root of ours: each `--careers-*` token read once into a private `--_*` property, over the theme's value. */
export const tokenStyles = css`
  :host {
    --_text: var(--careers-color-text, var(--_t-text, currentColor));
    --_muted: var(--careers-color-muted, var(--_t-muted, color-mix(in srgb, currentColor 80%, transparent)));
    --_background: var(--careers-color-background, var(--_t-background, transparent));
    --_surface: var(--careers-color-surface, var(--_t-surface, transparent));
    --_border: var(--careers-color-border, var(--_t-border, color-mix(in srgb, currentColor 65%, transparent)));
    --_accent: var(--careers-color-accent, var(--_t-accent, currentColor));
    --_on-accent: var(--careers-color-on-accent, var(--_t-on-accent, currentColor));
    --_focus: var(--careers-color-focus, var(--_t-focus, currentColor));
    --_error: var(--careers-color-error, var(--_t-error, currentColor));
    --_fill: var(--_t-fill, transparent);
    --_on-fill: var(--_t-on-fill, var(--_accent));
    --_radius: var(--careers-radius, 0.5rem);
    --_spacing: var(--careers-spacing, 1rem);
    --_card-min-width: var(--careers-card-min-width, 18rem);
  }
`;
