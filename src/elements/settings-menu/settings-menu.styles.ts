import { css } from 'lit';

export const settingsMenuStyles = css`
  /* Sits in a header's row, and is what the panel hangs from. */
  :host {
    display: inline-block;
    position: relative;
  }

  .trigger {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_ae-control-height);
    block-size: var(--_ae-control-height);
    padding: 0;
    margin: 0;
    color: var(--_ae-color-text-muted);
    background: transparent;
    /* Transparent, yet drawn in forced-colours mode, where it is the button's only outline. */
    border: 1px solid transparent;
    border-radius: var(--_ae-radius-pill);
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
    transition:
      background-color var(--_ae-duration) var(--_ae-easing),
      color var(--_ae-duration) var(--_ae-easing);
  }

  /* A tint of its own colour: the button sits on the host's header, whose background is unknown. */
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    color: var(--_ae-color-text);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  .popup {
    /* The gap kept to the viewport's sides; the script that keeps the panel on screen reads it. */
    --_menu-edge: 8px;
    position: absolute;
    inset-block-start: calc(100% + var(--_ae-space-1));
    inset-inline-end: 0;
    z-index: 10;
    inline-size: max-content;
    min-inline-size: min(15rem, calc(100vw - 2 * var(--_menu-edge)));
    max-inline-size: min(20rem, calc(100vw - 2 * var(--_menu-edge)));
    padding-block: var(--_ae-space-2);
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-md);
    box-shadow: var(--_ae-shadow-lg);
    translate: var(--_menu-shift, 0px) 0;
    animation: ae-menu-in var(--_ae-duration) var(--_ae-easing);
  }

  .popup[hidden] {
    display: none;
  }

  /* The token's duration is 0s when the person asks for reduced motion, so the panel just appears. */
  @keyframes ae-menu-in {
    from {
      opacity: 0;
      transform: translateY(calc(-1 * var(--_ae-space-1)));
    }
  }

  .person {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-3);
    padding-block: var(--_ae-space-1) var(--_ae-space-3);
    padding-inline: var(--_ae-space-4);
    margin-block-end: var(--_ae-space-2);
    border-block-end: 1px solid var(--_ae-color-border);
  }

  .person .skeleton-group {
    flex: 1 1 auto;
    gap: var(--_ae-space-3);
  }

  .avatar,
  .person .skeleton-avatar {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: var(--_ae-radius-pill);
  }

  .avatar {
    object-fit: cover;
    background: var(--_ae-color-bg);
    border: 1px solid var(--_ae-color-border);
  }

  .avatar--initials {
    display: grid;
    place-items: center;
    font-weight: var(--_ae-font-weight-semibold);
    color: var(--_ae-color-text-muted);
  }

  .person-text {
    display: grid;
    min-inline-size: 0;
  }

  .person-name {
    font-weight: var(--_ae-font-weight-semibold);
    overflow-wrap: anywhere;
  }

  .person-role,
  .person-problem {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  .menu {
    display: grid;
  }

  /* The host's own page styles win over these for its items (they are its light DOM). */
  .item,
  ::slotted([role^='menuitem']) {
    /* The shadow root's own box-sizing rule does not reach slotted elements. */
    box-sizing: border-box;
    display: flex;
    align-items: center;
    inline-size: 100%;
    min-block-size: var(--_ae-control-height);
    padding-block: var(--_ae-space-2);
    padding-inline: var(--_ae-space-4);
    margin: 0;
    font: inherit;
    color: var(--_ae-color-text);
    text-align: start;
    text-decoration: none;
    background: transparent;
    border: 0;
    border-radius: 0;
    cursor: pointer;
  }

  .item:hover,
  .item:focus,
  ::slotted([role^='menuitem']:hover),
  ::slotted([role^='menuitem']:focus) {
    background: color-mix(in srgb, var(--_ae-color-primary) 10%, var(--_ae-color-surface-raised));
    outline: none;
  }

  .item:focus-visible,
  ::slotted([role^='menuitem']:focus-visible) {
    outline: var(--_ae-focus-ring-width) solid var(--_ae-color-focus-ring);
    outline-offset: calc(-1 * var(--_ae-focus-ring-width));
  }

  ::slotted(hr),
  ::slotted([role='separator']) {
    margin-block: var(--_ae-space-2);
    margin-inline: 0;
    border: 0;
    border-block-start: 1px solid var(--_ae-color-border);
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped in this mode: the focused item needs its outline. */
    .item:focus,
    ::slotted([role^='menuitem']:focus) {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
