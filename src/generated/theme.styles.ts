// Written by `npm run tokens` (scripts/tokens.mjs) from src/components/tokens.ts: do not edit.
import { css } from 'lit';

/** The widget's `theme`: the values its shadow root and the detail view's (which inherits them) fall back to. */
export const themeStyles = css`
  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='light']), :host([theme='dark']), :host([theme='auto']) {
    --_t-text: light-dark(#1f2328, #e6edf3);
    --_t-muted: light-dark(#57606a, #9da7b3);
    --_t-background: light-dark(#ffffff, #0d1117);
    --_t-surface: light-dark(#ffffff, #161b22);
    --_t-border: light-dark(#6e7781, #7d8590);
    --_t-accent: light-dark(#0a58ca, #58a6ff);
    --_t-on-accent: light-dark(#ffffff, #0d1117);
    --_t-focus: light-dark(#0a58ca, #58a6ff);
    --_t-error: light-dark(#b3261e, #ff7b72);
    --_t-fill: var(--_accent);
    --_t-on-fill: var(--_on-accent);
    background: var(--_background);
    padding: var(--_spacing);
    border-radius: var(--_radius);
  }
`;
