import { css } from 'lit';

/**
 * What the widget's own shadow root shows only with the detail controller
 * (`detail-controller.ts`, a lazy chunk): the dialog of `detail="dialog"`. Added to the
 * widget's styles when the controller arrives (`addStyles`), so pages
 * without them download none of it.
 */
export const detailStyles = css`
  .dialog {
    inline-size: min(48rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    box-sizing: border-box;
    padding: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Over the page, so never see-through: by default the system's colours, a pair that always contrasts. */
    background: var(--careers-color-surface, var(--_t-surface, Canvas));
    color: var(--careers-color-text, var(--_t-text, CanvasText));
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  @media (forced-colors: active) {
    .dialog {
      border-color: CanvasText;
    }
  }
`;
