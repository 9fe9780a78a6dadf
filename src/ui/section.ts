import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface SectionOptions {
  /** With an id the card is a named region (a landmark), labelled by its heading `${id}-heading`. */
  id?: string | undefined;
  heading: string;
  description?: string | undefined;
  /** Where it sits in the page's outline: 2 on its own, 3 inside `<account-settings>`. */
  headingLevel?: HeadingLevel | undefined;
  content: TemplateResult | typeof nothing;
  /** Buttons in the card's footer, e.g. Save. */
  actions?: TemplateResult | typeof nothing | undefined;
  /** Loading: assistive technology waits for the content instead of reading it piece by piece. */
  busy?: boolean | undefined;
}

/** A settings card: heading, description, content and a footer for its actions. */
export function section(options: SectionOptions): TemplateResult {
  const { id, heading, description, headingLevel = 2, content, actions, busy = false } = options;
  const headingId = id ? `${id}-heading` : undefined;
  return html`
    <section
      id=${ifDefined(id)}
      class="section"
      part="section"
      aria-labelledby=${ifDefined(headingId)}
      aria-busy=${busy ? 'true' : nothing}
    >
      <header class="section-header">
        ${headingTemplate(headingLevel, headingId, heading, 'heading')}
        ${description ? html`<p class="section-description" part="description">${description}</p>` : nothing}
      </header>
      <div class="section-body">${content}</div>
      ${actions ? html`<footer class="section-actions" part="section-actions">${actions}</footer>` : nothing}
    </section>
  `;
}

// One literal template per level: a tag name cannot be a binding, and static html would be unsafe.
function headingTemplate(
  level: HeadingLevel,
  id: string | undefined,
  text: string,
  part: string,
): TemplateResult {
  const idAttribute = ifDefined(id);
  switch (level) {
    case 1:
      return html`<h1 id=${idAttribute} class="section-heading" part=${part}>${text}</h1>`;
    case 2:
      return html`<h2 id=${idAttribute} class="section-heading" part=${part}>${text}</h2>`;
    case 3:
      return html`<h3 id=${idAttribute} class="section-heading" part=${part}>${text}</h3>`;
    case 4:
      return html`<h4 id=${idAttribute} class="section-heading" part=${part}>${text}</h4>`;
    case 5:
      return html`<h5 id=${idAttribute} class="section-heading" part=${part}>${text}</h5>`;
    case 6:
      return html`<h6 id=${idAttribute} class="section-heading" part=${part}>${text}</h6>`;
  }
}

export const sectionStyles = css`
  .section {
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-md);
    box-shadow: var(--_ae-shadow-sm);
    overflow: clip;
    container-type: inline-size;
  }

  .section-header {
    display: grid;
    gap: var(--_ae-space-1);
    padding-block: var(--_ae-space-5) 0;
    padding-inline: var(--_ae-space-6);
  }

  .section-heading {
    font-size: var(--_ae-font-size-lg);
    font-weight: var(--_ae-font-weight-semibold);
    line-height: var(--_ae-line-height-tight);
    letter-spacing: -0.005em;
  }

  .section-description {
    color: var(--_ae-color-text-muted);
  }

  .section-body {
    display: grid;
    gap: var(--_ae-space-5);
    padding-block: var(--_ae-space-5);
    padding-inline: var(--_ae-space-6);
  }

  .section-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_ae-space-2) var(--_ae-space-3);
    padding-block: var(--_ae-space-3);
    padding-inline: var(--_ae-space-6);
    background: var(--_ae-color-bg);
    border-block-start: 1px solid var(--_ae-color-border);
  }

  /* Narrow cards (a sidebar, a phone) give the content the room instead of the padding. */
  @container (inline-size < 30rem) {
    .section-header,
    .section-body,
    .section-actions {
      padding-inline: var(--_ae-space-4);
    }
  }
`;
