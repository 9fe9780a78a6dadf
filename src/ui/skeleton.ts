import { css, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

export interface SkeletonOptions {
  /** Read by assistive technology in place of the grey blocks, e.g. the catalog's "Loading…". */
  label: string;
  /** How many lines of text to suggest. */
  lines?: number | undefined;
  /** A round block first, where a profile picture will be. */
  avatar?: boolean | undefined;
}

/**
 * Grey placeholder blocks in the shape of the content to come, hidden from assistive technology,
 * with the label said instead. Put it inside the container that will hold the content and mark that
 * container `aria-busy="true"` while loading (`section({ busy: true })` does), so a screen reader
 * reads the finished content once rather than every piece as it arrives.
 */
export function skeleton({ label, lines = 3, avatar = false }: SkeletonOptions): TemplateResult {
  const count = Math.max(1, Math.floor(lines));
  return html`
    <div class=${classMap({ 'skeleton-group': true, 'skeleton-group--avatar': avatar })} part="skeleton">
      <span class="visually-hidden">${label}</span>
      ${avatar ? html`<span class="skeleton skeleton-avatar" aria-hidden="true"></span>` : nothing}
      <div class="skeleton-lines" aria-hidden="true">
        ${Array.from({ length: count }, () => html`<span class="skeleton skeleton-line"></span>`)}
      </div>
    </div>
  `;
}

/* Needs `baseStyles` for the blocks themselves; this lays them out. */
export const skeletonStyles = css`
  .skeleton-group {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-4);
  }

  .skeleton-avatar {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: var(--_ae-radius-pill);
  }

  .skeleton-lines {
    display: grid;
    flex: 1 1 auto;
    gap: var(--_ae-space-3);
  }

  .skeleton-line {
    block-size: 0.75rem;
  }

  /* Ragged, like real text, so it does not read as a table of bars. */
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 85%;
  }

  .skeleton-line:last-child:not(:first-child) {
    inline-size: 60%;
  }
`;
