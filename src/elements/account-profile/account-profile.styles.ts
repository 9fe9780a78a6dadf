import { css } from 'lit';

export const profileStyles = css`
  .picture {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-4, 16px);
    margin-block-end: var(--_ae-space-5, 20px);
  }
  .avatar {
    inline-size: 72px;
    block-size: 72px;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
  }
  .avatar--initials {
    display: grid;
    place-items: center;
    font-size: 1.5rem;
    font-weight: 600;
    color: var(--_ae-color-text-muted);
  }
  .picture-actions {
    display: grid;
    gap: var(--_ae-space-2, 8px);
  }
  .picture-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2, 8px);
  }
  .picture-actions .field-hint,
  .picture-actions .field-error {
    margin: 0;
  }
  .availability {
    margin: calc(-1 * var(--_ae-space-3, 12px)) 0 0;
    min-block-size: 1.25em;
    font-size: 0.8125rem;
    color: var(--_ae-color-text-muted);
  }
  /* Out of the grid's flow when silent (no gap), yet still in the page so its next words are announced. */
  .availability:empty {
    position: absolute;
  }
  .role {
    justify-self: start;
    padding-block: 0.125rem;
    padding-inline: var(--_ae-space-2, 8px);
    border-radius: var(--_ae-radius-pill, 999px);
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
    color: var(--_ae-color-text-muted);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .crop-area {
    position: relative;
    inline-size: 240px;
    block-size: 240px;
    margin-inline: auto;
    overflow: hidden;
    border-radius: var(--_ae-radius-md, 6px);
    background: var(--_ae-color-surface-raised);
    cursor: grab;
    touch-action: none;
    direction: ltr;
  }
  .crop-area::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: 50%;
    box-shadow: 0 0 0 999px color-mix(in srgb, var(--_ae-color-bg) 55%, transparent);
    pointer-events: none;
  }
  .crop-image {
    position: absolute;
    inset-block-start: var(--_crop-y);
    inset-inline-start: var(--_crop-x);
    inline-size: var(--_crop-w);
    block-size: var(--_crop-h);
    max-inline-size: none;
    user-select: none;
    pointer-events: none;
  }
  .crop-zoom {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-3, 12px);
    margin-block-start: var(--_ae-space-4, 16px);
  }
  .crop-zoom input {
    flex: 1;
    accent-color: var(--_ae-color-primary);
  }
`;
