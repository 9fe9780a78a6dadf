import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AccountAdapter, AccountError, ApiKeyInfo, ApiKeySecret } from '../../api/index.js';
import {
  ActionController,
  keepRelativeTimesCurrent,
  knownUnsupported,
  rememberUnsupported,
  ResourceController,
  shownInPlace,
} from '../../core/index.js';
import { AccountApiKeyRegeneratedEvent } from '../../events/index.js';
import { codeBoxStyles } from '../../kit/code-box.styles.js';
import { elementStyles, SectionElement, type SectionCard } from '../../kit/index.js';
import { apiKeyStyles } from './api-key.styles.js';
import { writeClipboard } from '../../ui/index.js';
import { KeyHolder, type HeldKey } from './held-key.js';
import { adminActions, keyView, memberNote, regenerateDialog, type KeyUse } from './key-view.js';
import { addEnglish } from '../../i18n/index.js';
import { apiKey } from '../../i18n/en/api-key.js';

addEnglish({ apiKey });

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
 * @csspart key - The key, masked or in full, in a monospace font.
 * @csspart new-key - The callout around a key just made: what to do with it now.
 *
 * @cssprop --ae-font-family-mono - The key's font.
 * @cssprop --ae-color-surface-raised - The key's background.
 * @cssprop --ae-color-border - The key's border.
 * @cssprop --ae-color-danger - The button that regenerates.
 * @cssprop --ae-color-warning-surface - The background of a key just made.
 */
export class ApiKey extends SectionElement {
  static override styles = [...elementStyles, codeBoxStyles, apiKeyStyles];

  @state() private confirming = false;

  /** What the reveal in flight is for, so the right button shows it busy. */
  private revealUse: KeyUse = 'show';

  private readonly apiKey = new ResourceController(this, 'apiKey');
  private readonly account = new ResourceController(this, 'account');
  // Both actions keep the key themselves and answer its info alone: an action's value outlives
  // the view, and the key must not.
  private readonly revealing = new ActionController<[use: KeyUse], ApiKeyInfo>(this, {
    call: async (adapter, [use], options) => {
      const secret = await adapter.revealApiKey(options);
      return this.hold(secret, adapter, use === 'show' ? 'revealed' : 'copy', options.signal);
    },
    saves: 'apiKey',
    onSuccess: (_info, [use]) => {
      if (use === 'copy') void this.copyHeld();
    },
    onFailure: (error) => this.revealFailed(error),
  });
  private readonly regenerating = new ActionController<[], ApiKeyInfo>(this, {
    call: async (adapter, _args, options) => {
      return this.hold(await adapter.regenerateApiKey(options), adapter, 'new', options.signal);
    },
    saves: 'apiKey',
    // An answer lost on the way may still have replaced the key: read which one is in force.
    affects: ['apiKey'],
    // Said in the dialog, where the person is.
    onFailure: shownInPlace,
    onSuccess: (info) => this.regenerated(info),
  });
  /** The full key: held here alone, forgotten as soon as it is hidden. */
  private readonly held = new KeyHolder(this, () => this.announcer.say(this.t.apiKey.hiddenAgain));

  constructor() {
    super();
    this.controlDialog('regenerate-dialog');
    keepRelativeTimesCurrent(this);
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
    this.held.forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A key fetched through another adapter, for another account, or replaced since, is not shown.
    const held = this.held.current;
    if (held && !this.stillCurrent(held)) this.held.forget();
  }

  /** A reveal or a copy failed: a backend that never shows a key again leaves Regenerate. */
  private revealFailed(error: AccountError): void {
    if (error.code === 'unsupported') {
      rememberUnsupported(this.connection?.adapter, 'revealApiKey');
      this.announcer.failure(this.t.apiKey.revealUnsupported);
      // Reveal and Copy, one of which has focus, are gone: Regenerate is the way left.
      void this.focusAfterUpdate('#regenerate-button');
      return;
    }
    this.reportFailure(error);
    // The role may have changed since the account loaded: show the account as it is now.
    if (error.code === 'forbidden') void this.account.retry();
  }

  private onReveal(): void {
    this.announcer.clear();
    if (this.held.current?.view === 'revealed') {
      this.held.forget();
      return;
    }
    this.revealUse = 'show';
    void this.revealing.run('show');
  }

  /** A key on screen is copied as it is; a hidden one is fetched for the clipboard, unseen. */
  private onCopy(): void {
    this.announcer.clear();
    if (this.held.current && this.held.current.view !== 'copy') {
      void this.copyHeld();
      return;
    }
    this.revealUse = 'copy';
    // Whatever became of the copy (failed, replaced by another action), the key fetched for it goes.
    void this.revealing.run('copy').finally(() => {
      if (this.held.current?.view === 'copy') this.held.forget();
    });
  }

  private openRegenerate(): void {
    this.announcer.clear();
    this.revealing.reset();
    // The key about to be replaced is no use to anyone on screen.
    this.held.forget();
    this.regenerating.reset();
    this.confirming = true;
  }

  private closeRegenerate(): void {
    if (this.regenerating.pending) return;
    this.confirming = false;
  }

  private onDone(): void {
    this.announcer.clear();
    this.held.forget();
    const canReveal = !knownUnsupported(this.connection?.adapter, 'revealApiKey');
    void this.focusAfterUpdate(canReveal ? '#reveal-button' : '#regenerate-button');
  }

  private regenerated(info: ApiKeyInfo): void {
    this.confirming = false;
    this.announcer.success(this.t.apiKey.regenerated);
    this.dispatchEvent(new AccountApiKeyRegeneratedEvent(info));
    // The button that opened the dialog is gone: focus goes to what the person does next.
    void this.focusAfterUpdate('#copy-button');
  }

  private async copyHeld(): Promise<void> {
    const held = this.held.current;
    if (!held) return;
    const writing = writeClipboard(held.key);
    // Fetched for the clipboard and never shown: the clipboard has it now, the element need not.
    if (held.view === 'copy') this.held.forget();
    try {
      await writing;
      this.announcer.success(this.t.apiKey.copied);
    } catch {
      this.announcer.failure(this.t.apiKey.copyFailed);
    }
  }

  /** Keeps the key and answers its info alone. */
  private hold(secret: ApiKeySecret, adapter: AccountAdapter, view: HeldKey['view'], signal?: AbortSignal) {
    const { key, info } = secret;
    const accountId = this.account.value?.id;
    // An answer that comes after the person moved on (another action, another adapter) is dropped.
    if (!signal?.aborted) this.held.hold({ key, id: info.id, adapter, accountId, view });
    return info;
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
    const t = this.t;
    const held = this.held.current;
    const shown = held && held.view !== 'copy' ? { key: held.key, view: held.view } : undefined;
    const revealUnsupported = knownUnsupported(this.connection?.adapter, 'revealApiKey');
    return html`
      ${keyView({
        t,
        locale: this.resolvedLocale,
        info,
        shown,
        secondsLeft: this.held.timer.secondsLeft,
        revealUnsupported,
      })}
      ${this.whenLoaded(
        this.account,
        (account) =>
          account.role === 'admin'
            ? adminActions({
                t,
                status: this.announcer.render(),
                shown: shown?.view,
                revealUnsupported,
                sayingUnsupported: this.announcer.message === t.apiKey.revealUnsupported,
                revealing: this.revealing,
                revealFor: this.revealUse,
                onReveal: () => this.onReveal(),
                onCopy: () => this.onCopy(),
                onRegenerate: () => this.openRegenerate(),
                onDone: () => this.onDone(),
              })
            : memberNote(t),
        { lines: 1 },
      )}
    `;
  }

  protected override renderDialogs(): TemplateResult | typeof nothing {
    if (this.account.value?.role !== 'admin') return nothing;
    return regenerateDialog({
      t: this.t,
      open: this.confirming,
      regenerating: this.regenerating,
      onConfirm: () => void this.regenerating.run(),
      onClose: () => this.closeRegenerate(),
    });
  }
}
