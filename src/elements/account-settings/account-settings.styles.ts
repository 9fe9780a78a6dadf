import { css } from 'lit';

export const settingsStyles = css`
  /* The whole page: it paints its own background, so a dark page reads on a light host and back. */
  :host {
    container-type: inline-size;
    background: var(--_ae-color-bg);
    border-radius: var(--_ae-radius-lg);
  }

  .page {
    padding: var(--_ae-space-5);
  }

  /* A phone: the cards take the width, not the page's margins. */
  @container (inline-size < 30rem) {
    .page {
      padding: var(--_ae-space-2);
    }
  }

  .page-heading {
    margin-block-end: var(--_ae-space-5);
    font-size: var(--_ae-font-size-2xl);
    font-weight: var(--_ae-font-weight-semibold);
    line-height: var(--_ae-line-height-tight);
  }

  .layout {
    display: grid;
    gap: var(--_ae-space-6);
  }

  .content {
    display: grid;
    gap: var(--_ae-space-5);
    min-inline-size: 0;
  }

  .nav {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    align-self: start;
    padding-block: var(--_ae-space-2);
    background: var(--_ae-color-bg);
  }

  .nav-list {
    display: grid;
    gap: var(--_ae-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav-group-list {
    display: grid;
    gap: var(--_ae-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* A group's name: small and muted, above its links, so it reads as a heading and not a link. */
  .nav-group-label {
    display: block;
    padding-block: var(--_ae-space-3) var(--_ae-space-1);
    padding-inline: var(--_ae-space-3);
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-semibold);
    color: var(--_ae-color-text-muted);
  }

  .nav-link {
    display: block;
    padding-block: var(--_ae-space-2);
    padding-inline: var(--_ae-space-3);
    border-radius: var(--_ae-radius-sm);
    border-inline-start: 3px solid transparent;
    color: var(--_ae-color-text-muted);
    font-weight: var(--_ae-font-weight-medium);
    text-decoration: none;
  }

  .nav-link:hover {
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface);
  }

  .nav-link[aria-current='location'] {
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface);
    border-inline-start-color: var(--_ae-color-primary);
  }

  #nav-toggle {
    display: none;
  }

  /* Wide: the list beside the sections. */
  @container (inline-size >= 48rem) {
    .layout {
      grid-template-columns: minmax(10rem, 14rem) minmax(0, 1fr);
    }
    .nav {
      inset-block-start: var(--ae-settings-sticky-top, 0);
    }
  }

  /* Narrow: a menu button over the sections, the list dropping under it. */
  @container (inline-size < 48rem) {
    /* The label names the current section, which may be long in some languages: it wraps rather
       than widen the page. */
    #nav-toggle {
      display: inline-flex;
      inline-size: 100%;
      justify-content: space-between;
      gap: var(--_ae-space-2);
      white-space: normal;
      text-align: start;
    }
    /* A chevron that says the button opens a list. Physical sides: it points down in either
       direction (logical ones would turn it sideways right to left). */
    #nav-toggle::after {
      content: '';
      flex-shrink: 0;
      inline-size: 0.45em;
      block-size: 0.45em;
      border-bottom: 2px solid currentColor;
      border-right: 2px solid currentColor;
      transform: translateY(-25%) rotate(45deg);
    }
    #nav-toggle[aria-expanded='true']::after {
      transform: translateY(25%) rotate(-135deg);
    }
    .nav-list {
      position: absolute;
      inset-inline: 0;
      margin-block-start: var(--_ae-space-1);
      padding: var(--_ae-space-2);
      background: var(--_ae-color-surface-raised);
      border: 1px solid var(--_ae-color-border);
      border-radius: var(--_ae-radius-md);
      box-shadow: var(--_ae-shadow-lg);
    }
    .nav-list:not([data-open]) {
      display: none;
    }
  }

  /*
   * Windows high contrast draws a transparent border in the text colour, which would mark every link;
   * only the current one keeps its mark.
   */
  @media (forced-colors: active) {
    .nav-link {
      border-inline-start-color: Canvas;
    }
    .nav-link[aria-current='location'] {
      border-inline-start-color: Highlight;
    }
  }
`;
