import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountError } from '../api/index.js';
import { AccountElement, type FormView, type Loadable } from '../core/index.js';
import type { Catalog } from '../i18n/index.js';
import {
  button,
  DialogController,
  focusIfConnected,
  section,
  skeleton,
  type HeadingLevel,
} from '../ui/index.js';
import { Announcer } from './announcer.js';
import { IdentityCheck } from './identity-check.js';
import { actionErrorText, errorText } from './messages.js';
import { elementStyles } from './styles.js';

export interface SkeletonShape {
  lines?: number;
  avatar?: boolean;
}

/** What a section's card is: everything the base needs to know of it, in one place. */
export interface SectionCard {
  /** The card's id, which names it as a region of the page. */
  id: string;
  /** Its heading and description, from the catalog (the section's own part of it, mostly). */
  texts: (t: Catalog) => { heading: string; description?: string | undefined };
  /**
   * What the card waits for: busy while any of it loads, and left out of the page altogether
   * (`hidden`) when the backend does not offer the first (`unsupported`).
   */
  waitsFor?: readonly (Loadable<unknown> | undefined)[];
  /** The skeleton's shape while it loads. Default three lines. */
  skeleton?: SkeletonShape;
}

/**
 * The base of every settings section: the card with its heading, the four states of a resource,
 * the live region, the identity check, and what happens after a failure (said, and focus on the
 * first field to fix). A section writes its text, its resource's ready view and its own flows.
 *
 * The parts below are rendered by the kit's blocks, so every section has them; they are listed
 * here once and each section's entry in `custom-elements.json` inherits them. A section documents
 * only the few parts that are its own.
 *
 * @csspart section - The card around everything.
 * @csspart heading - The card's heading.
 * @csspart description - The line under the card's heading.
 * @csspart section-actions - The card's footer, where a form's buttons sit.
 * @csspart field - A label, its control, hint and error together.
 * @csspart label - A field's label.
 * @csspart input - A text input, text area, select or one-time-code input.
 * @csspart hint - The line under a field that says what it takes.
 * @csspart error - What is wrong with a field, or why an action in a dialog failed.
 * @csspart switch-row - A switch with its label and hint.
 * @csspart switch-label - A switch's label.
 * @csspart switch - A switch (on or off, saved at once).
 * @csspart button - Every button.
 * @csspart button-primary - The button that does what the card or dialog is for (Save, Confirm).
 * @csspart button-secondary - Other buttons.
 * @csspart button-danger - A button that destroys or replaces something, in its confirmation.
 * @csspart button-ghost - A quiet button: Cancel beside Save, a second way to do something.
 * @csspart dialog - A modal dialog (the identity check, a confirmation).
 * @csspart dialog-heading - A dialog's heading.
 * @csspart dialog-actions - A dialog's buttons.
 * @csspart status - The live region that says "Saved" and what went wrong.
 * @csspart notice - A message in place of the content (loading failed, no adapter).
 * @csspart skeleton - The placeholder while loading.
 */
export abstract class SectionElement extends AccountElement {
  static override styles: CSSResultGroup = elementStyles;

  /** The heading's level in the page outline: 2 on its own, 3 inside `<account-settings>`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  protected readonly announcer = new Announcer(this);
  private hiddenAsUnsupported = false;
  protected readonly identityCheck = new IdentityCheck(this);
  private readonly loaded = settledOnce();

  constructor() {
    super();
    // A controller, so it runs after every update whatever a subclass does with `updated()`.
    this.addController({
      hostUpdated: () => {
        if (this.showsWhatItWaitedFor) this.loaded.settle();
      },
    });
  }

  /**
   * Resolves once the card first shows what it waited for (loaded, failed, or not offered), so it
   * no longer grows from its skeleton: a page brings a section below it into view only then.
   * @internal
   */
  get loadComplete(): Promise<void> {
    return this.loaded.promise;
  }

  /** What the card is: its id, its texts, what it waits for, its skeleton. */
  protected abstract get card(): SectionCard;
  /** The card's content; mostly `this.whenLoaded(resource, (value) => ...)`. */
  protected abstract renderContent(): TemplateResult;
  /** Dialogs of the section's own, outside the card. */
  protected renderDialogs(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** While true the card says it is busy, so assistive technology reads it once it is ready. */
  protected get loading(): boolean {
    return (this.card.waitsFor ?? []).some((source) => source?.status === 'loading');
  }

  /**
   * Nothing it waits for is loading, and each has something to load from: without an adapter, one
   * may still come (a provider added later).
   */
  private get showsWhatItWaitedFor(): boolean {
    if (this.loading) return false;
    const sources = (this.card.waitsFor ?? []).filter((source) => source !== undefined);
    if (sources.length === 0) return this.connection !== undefined;
    return sources.every((source) => source.status !== 'no-adapter');
  }

  /** The backend has no such thing: the section leaves the page (a page lists what it offers). */
  protected get unsupported(): boolean {
    return this.card.waitsFor?.[0]?.error?.code === 'unsupported';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Only the section's own `hidden` is taken back: a host may hide it for reasons of its own.
    if (this.unsupported !== this.hiddenAsUnsupported) {
      this.hiddenAsUnsupported = this.unsupported;
      this.toggleAttribute('hidden', this.unsupported);
    }
  }

  /**
   * What a failed action does unless it says otherwise: a field's problem or a wrong code is said
   * at its field, which gets focus; the rest in the card's live region. What was typed stays.
   * @internal
   */
  reportFailure(error: AccountError): void {
    const atAField =
      Object.keys(error.fields).length > 0 ||
      error.code === 'verification_failed' ||
      error.code === 'verification_expired';
    if (!atAField) this.announcer.failure(actionErrorText(this.t, error));
    void this.focusFirstProblem();
  }

  /**
   * What was loaded, in its state: skeleton, failure with retry, no adapter, or ready. A section
   * with a second resource renders it with its own call and a smaller `shape`, so one part does not
   * wait for, or fail with, the other.
   */
  protected whenLoaded<V>(
    source: Loadable<V>,
    ready: (value: V) => TemplateResult,
    shape: SkeletonShape = this.card.skeleton ?? { lines: 3 },
  ): TemplateResult {
    const t = this.t;
    return source.render({
      ready,
      loading: () => skeleton({ label: t.common.loading, ...shape }),
      noAdapter: () => this.notice(t.errors.noAdapter),
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

  /** A message in place of what cannot be shown (no adapter, nothing to load from). */
  protected notice(text: string): TemplateResult {
    return html`<p class="notice" part="notice">${text}</p>`;
  }

  /** After a conflict: the latest version becomes the base, what the person typed stays. */
  protected reloadKeepingInput(form: FormView, source: Loadable<unknown>): void {
    void form.reloadKeepingInput(() => source.retry()).then(() => this.announcer.clear());
  }

  /**
   * Focus, once the next render is on screen, on what `selector` finds in the card: where the
   * person goes next (the field that opened, the button they came from). A render of its own is
   * asked, as this is often called amid an action whose next render comes only later.
   */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    focusIfConnected(this.renderRoot.querySelector<HTMLElement>(selector));
  }

  /** A dialog of the section's own (by its id) opens and closes as its render says. */
  protected controlDialog(id: string): void {
    new DialogController(this, () => this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`));
  }

  protected async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  protected override render(): TemplateResult {
    // Nothing at all, not even the card, when the backend does not offer it.
    if (this.unsupported) return html``;
    const { id, texts } = this.card;
    const { heading, description } = texts(this.t);
    return html`
      ${section({
        id,
        heading,
        description,
        headingLevel: this.headingLevel,
        busy: this.loading,
        content: this.renderContent(),
      })}
      ${this.renderDialogs()} ${this.identityCheck.render(this.t)}
    `;
  }
}

/** A promise settled once, from outside. */
function settledOnce(): { promise: Promise<void>; settle: () => void } {
  let settle = (): void => {};
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}
