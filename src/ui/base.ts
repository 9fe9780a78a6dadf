import { css } from 'lit';

/**
 * What every element's shadow root starts from: the host's font and colour, box sizing, a focus ring
 * that is always visible for keyboard users, the visually-hidden utility and skeleton blocks.
 * Only logical properties are used, so `dir="rtl"` on the host or any ancestor mirrors the layout.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--_ae-font-family);
    font-size: var(--_ae-font-size-md);
    font-weight: var(--_ae-font-weight-regular);
    line-height: var(--_ae-line-height);
    color: var(--_ae-color-text);
    text-align: start;
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
    /* A word longer than its line (a German compound, an address) breaks instead of widening the
       card; it changes nothing where words fit. */
    overflow-wrap: break-word;
  }

  /* German compounds hyphenate where the browser has a dictionary for the language the element
     says it is in (its own lang attribute, see AccountElement, or the page's). */
  :host(:lang(de)) {
    hyphens: auto;
  }

  /* A display value on :host would otherwise beat the user agent's [hidden] rule. */
  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :where(h1, h2, h3, h4, h5, h6, p) {
    margin: 0;
  }

  :where(button, input, select, textarea) {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  :focus-visible {
    outline: var(--_ae-focus-ring-width) solid var(--_ae-color-focus-ring);
    outline-offset: 2px;
  }

  /* Removed from view but still read by assistive technology. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .skeleton {
    display: block;
    block-size: 0.75em;
    border-radius: var(--_ae-radius-sm);
    background-color: var(--_ae-color-border);
    background-image: linear-gradient(
      90deg,
      transparent 0%,
      color-mix(in srgb, var(--_ae-color-surface) 55%, transparent) 50%,
      transparent 100%
    );
    background-size: 200% 100%;
    background-repeat: no-repeat;
    animation: ae-shimmer 1.6s ease-in-out infinite;
  }

  :host(:dir(rtl)) .skeleton {
    animation-direction: reverse;
  }

  @keyframes ae-shimmer {
    from {
      background-position: 150% 0;
    }
    to {
      background-position: -50% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
      background-image: none;
    }
  }
`;
