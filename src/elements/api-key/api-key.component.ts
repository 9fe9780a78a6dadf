import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AccountAdapter, AccountError, ApiKeyInfo } from '../../api/index.js';
import {
  ActionController,
  knownUnsupported,
  now,
  rememberUnsupported,
  ResourceController,
  shownInPlace,
} from '../../core/index.js';
import { AccountApiKeyRegeneratedEvent } from '../../events/index.js';
import {
  actionButton,
  elementStyles,
  SectionElement,
  type SectionCard,
  confirmDialog,
} from '../../kit/index.js';
import { formatDate, formatRelative } from '../../i18n/index.js';
import { button, type ButtonOptions } from '../../ui/index.js';
import { apiKeyStyles } from './api-key.styles.js';
import { RevealTimer } from './reveal-timer.js';

/** What the key is fetched for: to be shown for a while, or to go to the clipboard unseen. */
type KeyUse = 'show' | 'copy';

/** The full key, while it is on screen or on its way to the clipboard, and where it came from. */
interface HeldKey {
  key: string;
  /** The id of the key it is: once another is in force, it is not shown. */
  id: string;
  adapter: AccountAdapter;
  accountId: string | undefined;
  /** `revealed`: shown until the timer hides it; `new`: just made, shown until Done; `copy`: never shown. */
  view: 'revealed' | 'new' | 'copy';
}

/**
 * The account's API key: masked, with when it was made and last used. An admin can reveal it for
 * 30 seconds (hidden sooner when the page is hidden), copy it without showing it, and regenerate it
 * after a confirmation; the new key is shown once, ready to copy. The identity check comes first
 * when the backend asks. A member sees the masked key and why there is nothing more.
 *
 * Where the backend shows a key only when it is made (its first `unsupported` answer to a reveal),
 * only Regenerate is offered from then on.
 *
 * The full key is held in one private field, emptied (with the text on screen) as soon as it is
 * hidden, when the element leaves the page, and when the adapter or the account changes. It is in
 * no attribute, event or log.
 *
 * @tagname api-key
 * @summary View the API key masked, reveal it for a while, copy it, regenerate it with a confirmation.
 *
 * @fires account-api-key-regenerated - A new key replaced the old one, which no longer works; `event.info` is the new key's masked info, never the key.
 *
 * @csspart section - The card around everything.
 * @csspart heading - The card's heading.
 * @csspart description - The line under the heading.
 * @csspart key-label - The key's label.
 * @csspart key - The key, masked or in full, in a monospace font.
 * @csspart dates - When the key was made and last used.
 * @csspart countdown - How long a revealed key stays shown.
 * @csspart new-key - What goes with a key just made: its heading and note.
 * @csspart new-key-heading - The heading over a key just made.
 * @csspart new-key-note - What to do with a key just made.
 * @csspart unsupported-note - Why the key cannot be revealed, only regenerated.
 * @csspart member-note - Why a member cannot reveal or replace the key.
 * @csspart button - Every button.
 * @csspart button-primary - Copy beside a key just made, and the identity check's confirm button.
 * @csspart button-secondary - Reveal, Hide, Copy, Regenerate, Done and Cancel.
 * @csspart button-danger - Regenerates, in the confirmation.
 * @csspart button-ghost - The identity check's other way to prove it is you.
 * @csspart reveal-button - Reveals the key, or hides it again.
 * @csspart copy-button - Copies the key.
 * @csspart regenerate-button - Opens the confirmation to regenerate the key.
 * @csspart done-button - Hides a key just made.
 * @csspart confirm-regenerate - Regenerates the key, in the confirmation.
 * @csspart dialog - The confirmation and identity-check dialogs.
 * @csspart regenerate-dialog - The confirmation.
 * @csspart dialog-heading - A dialog's heading.
 * @csspart regenerate-dialog-heading - The confirmation's heading.
 * @csspart dialog-actions - A dialog's buttons.
 * @csspart regenerate-dialog-actions - The confirmation's buttons.
 * @csspart error - What went wrong, in the confirmation or the identity check.
 * @csspart field - A field's wrapper in the identity check.
 * @csspart label - A field's label in the identity check.
 * @csspart input - The identity check's password or code input.
 * @csspart hint - Where the identity check's code was sent.
 * @csspart identity-check-dialog - The identity check.
 * @csspart identity-check-dialog-heading - The identity check's heading.
 * @csspart identity-check-dialog-actions - The identity check's buttons.
 * @csspart identity-check-confirm - Confirms the identity check.
 * @csspart notice - A message in place of the content (loading failed, no adapter).
 * @csspart retry - Loads again after a failure.
 * @csspart skeleton - The placeholder while loading.
 * @csspart status - The live region that announces copies, new keys and failures.
 *
 * @cssprop --ae-font-family-mono - The key's font.
 * @cssprop --ae-color-surface-raised - The key's background.
 * @cssprop --ae-color-border - The key's border.
 * @cssprop --ae-color-danger - The button that regenerates.
 * @cssprop --ae-color-warning-surface - The background of a key just made.
 */
export class ApiKey extends SectionElement {
  static override styles = [...elementStyles, apiKeyStyles];

  @state() private confirming = false;

  /** The full key: the one place it is held, emptied as soon as it is hidden (see `forget`). */
  private held: HeldKey | undefined;
  /** What the reveal in flight is for, so the right button shows it busy. */
  private revealUse: KeyUse = 'show';

  private readonly apiKey = new ResourceController(this, 'apiKey');
  private readonly account = new ResourceController(this, 'account');
  // Both actions keep the key themselves and answer its info alone: an action's value outlives
  // the view, and the key must not.
  private readonly revealing = new ActionController<[use: KeyUse], ApiKeyInfo>(this, {
    call: async (adapter, [use], options) => {
      const { key, info } = await adapter.revealApiKey(options);
      this.hold(key, info, adapter, use === 'show' ? 'revealed' : 'copy', options.signal);
      return info;
    },
    saves: 'apiKey',
    onSuccess: (_info, [use]) => {
      if (use === 'copy') void this.copyHeld();
    },
    onFailure: (error) => this.revealFailed(error),
  });
  private readonly regenerating = new ActionController<[], ApiKeyInfo>(this, {
    call: async (adapter, _args, options) => {
      const { key, info } = await adapter.regenerateApiKey(options);
      this.hold(key, info, adapter, 'new', options.signal);
      return info;
    },
    saves: 'apiKey',
    // An answer lost on the way may still have replaced the key: read which one is in force.
    affects: ['apiKey'],
    // Said in the dialog, where the person is.
    onFailure: shownInPlace,
    onSuccess: (info) => this.regenerated(info),
  });
  private readonly timer = new RevealTimer(this, () => {
    this.forget();
    this.announcer.say(this.t.apiKey.hiddenAgain);
  });

  constructor() {
    super();
    this.controlDialog('regenerate-dialog');
  }

  protected get card(): SectionCard {
    return {
      id: 'api-key',
      texts: (t) => t.apiKey,
      waitsFor: [this.apiKey, this.account],
      skeleton: { lines: 2 },
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.confirming = false;
    this.forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A key fetched through another adapter, for another account, or replaced since, is not shown.
    if (this.held && !this.stillCurrent(this.held)) this.forget();
  }

  /** A reveal or a copy failed: a backend that never shows a key again leaves Regenerate. */
  private revealFailed(error: AccountError): void {
    if (error.code === 'unsupported') {
      rememberUnsupported(this.connection?.adapter, 'revealApiKey');
      this.announcer.failure(this.t.apiKey.revealUnsupported);
      // Reveal and Copy, one of which has focus, are gone: Regenerate is the way left.
      void this.focusAfterUpdate('[part~="regenerate-button"]');
      return;
    }
    this.reportFailure(error);
    // The role may have changed since the account loaded: show the account as it is now.
    if (error.code === 'forbidden') void this.account.retry();
  }

  private onReveal(): void {
    this.announcer.clear();
    if (this.held?.view === 'revealed') {
      this.forget();
      return;
    }
    this.revealUse = 'show';
    void this.revealing.run('show');
  }

  /** A key on screen is copied as it is; a hidden one is fetched for the clipboard, unseen. */
  private onCopy(): void {
    this.announcer.clear();
    if (this.held && this.held.view !== 'copy') {
      void this.copyHeld();
      return;
    }
    this.revealUse = 'copy';
    // Whatever became of the copy (failed, replaced by another action), the key fetched for it goes.
    void this.revealing.run('copy').finally(() => {
      if (this.held?.view === 'copy') this.forget();
    });
  }

  private openRegenerate(): void {
    this.announcer.clear();
    this.revealing.reset();
    // The key about to be replaced is no use to anyone on screen.
    this.forget();
    this.regenerating.reset();
    this.confirming = true;
  }

  private closeRegenerate(): void {
    if (this.regenerating.pending) return;
    this.confirming = false;
  }

  private onDone(): void {
    this.announcer.clear();
    this.forget();
    const canReveal = !knownUnsupported(this.connection?.adapter, 'revealApiKey');
    void this.focusAfterUpdate(canReveal ? '[part~="reveal-button"]' : '[part~="regenerate-button"]');
  }

  private regenerated(info: ApiKeyInfo): void {
    this.confirming = false;
    this.announcer.success(this.t.apiKey.regenerated);
    this.dispatchEvent(new AccountApiKeyRegeneratedEvent(info));
    // The button that opened the dialog is gone: focus goes to what the person does next.
    void this.focusAfterUpdate('[part~="copy-button"]');
  }

  private async copyHeld(): Promise<void> {
    const held = this.held;
    if (!held) return;
    const t = this.t.apiKey;
    let writing: Promise<void>;
    try {
      // Undefined outside a secure context, whatever the type says.
      const clipboard: Clipboard | undefined = navigator.clipboard;
      writing = clipboard ? clipboard.writeText(held.key) : Promise.reject(new Error('No clipboard'));
    } catch (error) {
      writing = Promise.reject(error);
    }
    // Fetched for the clipboard and never shown: the clipboard has it now, the element need not.
    if (held.view === 'copy') this.forget();
    try {
      await writing;
      this.announcer.success(t.copied);
    } catch {
      this.announcer.failure(t.copyFailed);
    }
  }

  private hold(
    key: string,
    info: ApiKeyInfo,
    adapter: AccountAdapter,
    view: HeldKey['view'],
    signal: AbortSignal | undefined,
  ): void {
    // An answer that comes after the person moved on (another action, another adapter) is dropped.
    if (signal?.aborted) return;
    this.held = { key, id: info.id, adapter, accountId: this.account.value?.id, view };
    if (view === 'revealed') this.timer.start();
    else this.timer.stop();
    this.requestUpdate();
  }

  /** Empties the key's one field and the screen of it. */
  private forget(): void {
    this.held = undefined;
    this.timer.stop();
    this.requestUpdate();
  }

  private stillCurrent(held: HeldKey): boolean {
    if (held.adapter !== this.connection?.adapter) return false;
    const account = this.account.value;
    if (account && held.accountId !== undefined && account.id !== held.accountId) return false;
    // While an action runs, the store has not caught up with the key it just answered.
    const busy = this.revealing.pending || this.regenerating.pending;
    return busy || this.apiKey.value?.id === held.id;
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.apiKey, (info) => this.renderReady(info));
  }

  private renderReady(info: ApiKeyInfo): TemplateResult {
    const t = this.t.apiKey;
    const held = this.held;
    const shown = held && held.view !== 'copy' ? held.key : undefined;
    return html`
      ${held?.view === 'new' ? this.renderNewKeyNote() : nothing}
      <div class="key-block">
        <span class="note" part="key-label">${t.key}</span>
        <code class="key" part="key" dir="ltr">${shown ?? info.masked}</code>
        ${this.renderDates(info)}
        ${
          held?.view === 'revealed'
            ? html`<p class="note" part="countdown">${t.hidesIn(this.timer.secondsLeft)}</p>`
            : nothing
        }
      </div>
      ${this.whenLoaded(
        this.account,
        (account) => (account.role === 'admin' ? this.renderAdmin() : this.renderMember()),
        { lines: 1 },
      )}
    `;
  }

  private renderDates(info: ApiKeyInfo): TemplateResult {
    const locale = this.resolvedLocale;
    const created = formatDate(locale, info.createdAt);
    const lastUsed = info.lastUsedAt === null ? null : formatRelative(locale, info.lastUsedAt, now());
    return html`<p class="note" part="dates">${this.t.apiKey.dates(created, lastUsed)}</p>`;
  }

  private renderMember(): TemplateResult {
    return html`<p class="note" part="member-note">${this.t.apiKey.memberNote}</p>`;
  }

  /**
   * One action row in every state, so its live region stays the same node: one made together with
   * its message is often not read out.
   */
  private renderAdmin(): TemplateResult {
    const newKey = this.held?.view === 'new';
    return html`
      ${newKey ? nothing : this.renderUnsupportedNote()}
      <div class="actions">
        ${this.announcer.render()} ${newKey ? this.renderNewKeyButtons() : this.renderKeyButtons()}
      </div>
    `;
  }

  private renderUnsupportedNote(): TemplateResult | typeof nothing {
    const t = this.t.apiKey;
    // Just learnt, it is being said in the live region; the note would say it twice.
    const saying = this.announcer.message === t.revealUnsupported;
    return knownUnsupported(this.connection?.adapter, 'revealApiKey') && !saying
      ? html`<p class="note" part="unsupported-note">${t.revealUnsupported}</p>`
      : nothing;
  }

  private renderKeyButtons(): TemplateResult {
    const t = this.t.apiKey;
    const canReveal = !knownUnsupported(this.connection?.adapter, 'revealApiKey');
    return html`
      ${
        canReveal
          ? html`
              ${this.revealButton('show', {
                label: this.held?.view === 'revealed' ? t.hide : t.reveal,
                busyLabel: t.revealing,
                part: 'reveal-button',
                onClick: () => this.onReveal(),
              })}
              ${this.revealButton('copy', {
                label: t.copy,
                busyLabel: t.copying,
                part: 'copy-button',
                onClick: () => this.onCopy(),
              })}
            `
          : nothing
      }
      ${button({ label: t.regenerate, part: 'regenerate-button', onClick: () => this.openRegenerate() })}
    `;
  }

  /** What to do with a key just made; it is not shown again in full where the backend cannot reveal. */
  private renderNewKeyNote(): TemplateResult {
    const t = this.t.apiKey;
    const onlyNow = knownUnsupported(this.connection?.adapter, 'revealApiKey');
    return html`
      <div class="notice notice--warning new-key" part="new-key">
        <p class="new-key-heading" part="new-key-heading">${t.newKeyHeading}</p>
        <p part="new-key-note">${onlyNow ? t.shownOnce : t.newKeyNote}</p>
      </div>
    `;
  }

  /** Done, which hides the new key, then Copy, what the person most likely wants. */
  private renderNewKeyButtons(): TemplateResult {
    const t = this.t.apiKey;
    return html`
      ${button({ label: t.done, part: 'done-button', onClick: () => this.onDone() })}
      ${button({ label: t.copy, variant: 'primary', part: 'copy-button', onClick: () => this.onCopy() })}
    `;
  }

  /** Reveal and Copy run the same action: the one it runs for shows it busy, the other waits. */
  private revealButton(use: KeyUse, options: ButtonOptions): TemplateResult {
    const forOther = this.revealing.pending && this.revealUse !== use;
    return forOther ? button({ ...options, disabled: true }) : actionButton(this.t, this.revealing, options);
  }

  protected override renderDialogs(): TemplateResult | typeof nothing {
    return this.account.value?.role === 'admin' ? this.confirmDialog() : nothing;
  }

  private confirmDialog(): TemplateResult {
    const t = this.t;
    return confirmDialog(t, {
      id: 'regenerate-dialog',
      part: 'regenerate',
      heading: t.apiKey.confirmHeading,
      warning: t.apiKey.confirmIntro,
      open: this.confirming,
      action: this.regenerating,
      confirm: {
        label: t.apiKey.confirm,
        busyLabel: t.apiKey.regenerating,
        onClick: () => void this.regenerating.run(),
        part: 'confirm-regenerate',
      },
      onClose: () => this.closeRegenerate(),
    });
  }
}
