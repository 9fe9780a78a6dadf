import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountError } from '../api/index.js';
import {
  AccountElement,
  type FormView,
  type ResourceController,
  type ResourceKey,
  type Resources,
} from '../core/index.js';
import { button, section, skeleton, type HeadingLevel } from '../ui/index.js';
import { Announcer } from './announcer.js';
import { IdentityCheck } from './identity-check.js';
import { actionErrorText, errorText } from './messages.js';
import { elementStyles } from './styles.js';

/**
 * The base of every settings section: the card with its heading, the four states of a resource,
 * the live region, the identity check, and what happens after a failure (said, and focus on the
 * first field to fix). A section writes its text, its resource's ready view and its own flows.
 */
export abstract class SectionElement extends AccountElement {
  static override styles: CSSResultGroup = elementStyles;

  /** The heading's level in the page outline: 2 on its own, 3 inside `<account-settings>`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  protected readonly announcer = new Announcer(this);
  protected readonly identityCheck = new IdentityCheck(this);

  /** The card's id, which names it as a region of the page. */
  protected abstract readonly sectionId: string;
  protected abstract heading(): string;
  protected description(): string | undefined {
    return undefined;
  }
  /** The card's content; mostly `this.whenLoaded(resource, (value) => ...)`. */
  protected abstract renderContent(): TemplateResult;
  /** Dialogs of the section's own, outside the card. */
  protected renderDialogs(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** While true the card says it is busy, so assistive technology reads it once it is ready. */
  protected get loading(): boolean {
    return false;
  }
  /** The size of the skeleton: lines of text, and a round picture first. */
  protected skeletonShape(): { lines?: number; avatar?: boolean } {
    return { lines: 3 };
  }

  /** @internal */
  reportFailure(error: AccountError): void {
    // A field's problem or a wrong code is said at its field, which gets focus; the rest in the
    // card's live region.
    const atAField =
      Object.keys(error.fields).length > 0 ||
      error.code === 'verification_failed' ||
      error.code === 'verification_expired';
    if (!atAField) this.announcer.failure(actionErrorText(this.t, error));
    void this.focusFirstProblem();
  }

  /**
   * The resource's view in its state: skeleton, failure with retry, no adapter, or ready. A section
   * with a second resource renders it with its own call and a smaller `shape`, so one part does not
   * wait for, or fail with, the other.
   */
  protected whenLoaded<K extends ResourceKey>(
    resource: ResourceController<K>,
    ready: (value: Resources[K]) => TemplateResult,
    shape: { lines?: number; avatar?: boolean } = this.skeletonShape(),
  ): TemplateResult {
    const t = this.t;
    return resource.render({
      ready,
      loading: () => skeleton({ label: t.common.loading, ...shape }),
      noAdapter: () => html`<p class="notice" part="notice">${t.errors.noAdapter}</p>`,
      error: (error, retry) =>
        html`<div class="notice notice--error" role="alert" part="notice">
          <p>${errorText(t, error)}</p>
          ${button({ label: t.common.retry, onClick: retry, part: 'retry' })}
        </div>`,
    });
  }

  /** The submit handler of a form: sends it; on failure, focus goes to the first field to fix. */
  protected submitter(form: FormView): (event: SubmitEvent) => void {
    return (event) => {
      event.preventDefault();
      this.announcer.clear();
      void form.submit().then((saved) => {
        if (!saved) void this.focusFirstProblem();
      });
    };
  }

  /** After a conflict: the latest version becomes the base, what the person typed stays. */
  protected reloadKeepingInput(form: FormView, resource: ResourceController<ResourceKey>): void {
    void form.reloadKeepingInput(() => resource.retry()).then(() => this.announcer.clear());
  }

  protected async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  protected override render(): TemplateResult {
    return html`
      ${section({
        id: this.sectionId,
        heading: this.heading(),
        description: this.description(),
        headingLevel: this.headingLevel,
        busy: this.loading,
        content: this.renderContent(),
      })}
      ${this.renderDialogs()} ${this.identityCheck.render(this.t)}
    `;
  }
}
