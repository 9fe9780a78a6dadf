import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { passkeyName, type AccountError, type Passkey } from '../../api/index.js';
import {
  ActionController,
  keepRelativeTimesCurrent,
  ResourceController,
  shownInPlace,
} from '../../core/index.js';
import { AccountPasskeyAddedEvent, AccountPasskeyRemovedEvent } from '../../events/index.js';
import { elementStyles, fieldErrorText, SectionElement, type SectionCard } from '../../kit/index.js';
import { passkeyStyles } from './passkey-settings.styles.js';
import { addPasskey, passkeyList, removeDialog, type Renaming } from './passkey-view.js';
import { browserMakesPasskeys, makePasskey, PasskeyCeremonyError } from './webauthn.js';
import { addEnglish } from '../../i18n/index.js';
import { passkeys } from '../../i18n/en/passkeys.js';

addEnglish({ passkeys });

/**
 * The account's passkeys: sign-in with a fingerprint, a face or a device PIN, which cannot be
 * phished. Each is listed with its provider (when the backend knows it), whether it is synced
 * between devices, and when it was added and last used; it can be renamed and removed (after a
 * confirmation). "Add a passkey" asks the backend for the options, the browser for the passkey,
 * and the backend to keep it; the identity check comes first when the backend asks.
 *
 * In a browser that cannot make passkeys, the list stays (a passkey can still be removed) and says
 * why none can be added. A backend that offers no passkeys hides the card.
 *
 * @tagname passkey-settings
 * @summary List, add, rename and remove the account's passkeys.
 *
 * @fires account-passkey-added - A passkey was made and kept; `event.passkey` is it.
 * @fires account-passkey-removed - A passkey was removed; `event.passkeyId` is its id.
 *
 * @csspart passkey-list - The list of passkeys.
 * @csspart passkey - One passkey in the list.
 */
export class PasskeySettings extends SectionElement {
  static override styles = [...elementStyles, passkeyStyles];

  @state() private renaming: Renaming | undefined;
  /** The passkey the confirmation asks about. */
  @state() private confirmingRemoval: Passkey | undefined;

  /** Whether this browser can make a passkey; read once, as it does not change while the page is open. */
  private readonly browserCan = browserMakesPasskeys();

  private readonly passkeys = new ResourceController(this, 'passkeys');

  private readonly adding = new ActionController<[], Passkey>(this, {
    call: async (adapter, _args, options) => {
      const registration = await adapter.startPasskeyRegistration(options);
      const credential = await makePasskey(registration.options);
      return adapter.completePasskeyRegistration({ registrationId: registration.id, credential }, options);
    },
    saves: (passkey, store) => store.set('passkeys', [...this.others(passkey.id), passkey]),
    affects: ['passkeys'],
    onSuccess: (passkey) => this.added(passkey),
    onFailure: (error) => this.addFailed(error),
  });

  private readonly savingName = new ActionController<[id: string, name: string], Passkey>(this, {
    call: (adapter, [id, name], options) => adapter.renamePasskey(id, name, options),
    saves: (passkey, store) => store.set('passkeys', this.replaced(passkey)),
    onSuccess: (passkey) => this.renamed(passkey),
    onFailure: (error) => this.renameFailed(error),
  });

  private readonly removing = new ActionController<[passkey: Passkey], void>(this, {
    call: (adapter, [passkey], options) => adapter.removePasskey(passkey.id, options),
    saves: (_nothing, store, [passkey]) => store.set('passkeys', this.others(passkey.id)),
    affects: ['passkeys'],
    onSuccess: (_nothing, [passkey]) => this.removed(passkey),
    // Said in the dialog, where the person is.
    onFailure: shownInPlace,
  });

  constructor() {
    super();
    this.controlDialog('remove-passkey-dialog');
    keepRelativeTimesCurrent(this);
  }

  protected get card(): SectionCard {
    return { id: 'passkeys', texts: (t) => t.passkeys, waitsFor: [this.passkeys], skeleton: { lines: 2 } };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renaming = undefined;
    this.confirmingRemoval = undefined;
  }

  private others(id: string): Passkey[] {
    return (this.passkeys.value ?? []).filter((passkey) => passkey.id !== id);
  }

  private replaced(passkey: Passkey): Passkey[] {
    return (this.passkeys.value ?? []).map((other) => (other.id === passkey.id ? passkey : other));
  }

  private onAdd(): void {
    this.announcer.clear();
    void this.adding.run();
  }

  private added(passkey: Passkey): void {
    this.announcer.success(this.t.passkeys.added(passkey.name));
    this.dispatchEvent(new AccountPasskeyAddedEvent(passkey));
  }

  /** The browser's refusal is said in the person's terms; the backend's as any action's. */
  private addFailed(error: AccountError): void {
    const texts = this.t.passkeys;
    const ceremony = error.cause instanceof PasskeyCeremonyError ? error.cause.reason : undefined;
    const credential = error.fields['credential'];
    if (ceremony) this.announcer.failure(texts.ceremony[ceremony]);
    else if (credential)
      this.announcer.failure(credential.code === 'duplicate' ? texts.duplicate : texts.invalid);
    else this.reportFailure(error);
  }

  private onRename(passkey: Passkey): void {
    this.announcer.clear();
    this.savingName.reset();
    this.renaming = { id: passkey.id, name: passkey.name, error: undefined };
    void this.focusAfterUpdate('#passkey-name');
  }

  private onSaveName(event: SubmitEvent): void {
    event.preventDefault();
    const renaming = this.renaming;
    if (!renaming) return;
    // Checked here first, with the contract's own rule, so a blank name is said at once at the field.
    const checked = passkeyName.safeParse(renaming.name);
    if (!checked.success) {
      const code = checked.error.issues[0]?.message ?? 'invalid_format';
      this.renaming = { ...renaming, error: fieldErrorText(this.t, { code, max: 64 }) };
      void this.focusAfterUpdate('#passkey-name');
      return;
    }
    void this.savingName.run(renaming.id, checked.data);
  }

  private renamed(passkey: Passkey): void {
    this.renaming = undefined;
    this.announcer.success(this.t.passkeys.renamed(passkey.name));
    void this.focusAfterUpdate(`#rename-${CSS.escape(passkey.id)}`);
  }

  private renameFailed(error: AccountError): void {
    const problem = error.fields['name'];
    if (problem && this.renaming) {
      this.renaming = { ...this.renaming, error: fieldErrorText(this.t, problem) };
      void this.focusAfterUpdate('#passkey-name');
      return;
    }
    this.reportFailure(error);
  }

  private cancelRename(): void {
    const id = this.renaming?.id;
    this.savingName.reset();
    this.renaming = undefined;
    if (id) void this.focusAfterUpdate(`#rename-${CSS.escape(id)}`);
  }

  private openRemoval(passkey: Passkey): void {
    this.announcer.clear();
    this.removing.reset();
    this.confirmingRemoval = passkey;
  }

  private closeRemoval(): void {
    if (this.removing.pending) return;
    this.confirmingRemoval = undefined;
  }

  private removed(passkey: Passkey): void {
    this.confirmingRemoval = undefined;
    this.announcer.success(this.t.passkeys.removed(passkey.name));
    this.dispatchEvent(new AccountPasskeyRemovedEvent(passkey.id));
    // The row and its button are gone: focus goes to what is left to do.
    const left = this.others(passkey.id).length > 0;
    void this.focusAfterUpdate(this.browserCan ? '#add-passkey' : left ? '[id^="rename-"]' : '#no-passkeys');
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.passkeys, (passkeys) => this.renderReady(passkeys));
  }

  private renderReady(passkeys: Passkey[]): TemplateResult {
    const t = this.t;
    return html`
      ${passkeyList({
        t,
        locale: this.resolvedLocale,
        passkeys,
        renaming: this.renaming,
        saving: this.savingName,
        onRename: (passkey) => this.onRename(passkey),
        onNameInput: (name) => {
          if (this.renaming) this.renaming = { ...this.renaming, name, error: undefined };
        },
        onSaveName: (event) => this.onSaveName(event),
        onCancelRename: () => this.cancelRename(),
        onRemove: (passkey) => this.openRemoval(passkey),
      })}
      ${addPasskey({
        t,
        status: this.announcer.render(),
        adding: this.adding,
        browserCannot: !this.browserCan,
        onAdd: () => this.onAdd(),
      })}
    `;
  }

  protected override renderDialogs(): TemplateResult | typeof nothing {
    if (!this.passkeys.value) return nothing;
    return removeDialog({
      t: this.t,
      passkey: this.confirmingRemoval,
      removing: this.removing,
      onConfirm: () => {
        if (this.confirmingRemoval) void this.removing.run(this.confirmingRemoval);
      },
      onClose: () => this.closeRemoval(),
    });
  }
}
