import { css } from 'lit';

/**
 * A secret to read or copy by hand (an API key, an app's setup key), `<code class="code-box">`: a
 * monospace box that wraps anywhere rather than push the card sideways; one click selects all of
 * it. A module of its own, not in `elementStyles`, so only the sections that show one carry it.
 */
export const codeBoxStyles = css`
  .code-box {
    max-inline-size: 100%;
    padding-block: var(--_ae-space-1);
    padding-inline: var(--_ae-space-2);
    font-family: var(--_ae-font-family-mono);
    font-size: var(--_ae-font-size-md);
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-sm);
    overflow-wrap: anywhere;
    user-select: all;
  }
`;
