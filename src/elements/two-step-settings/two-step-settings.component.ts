import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  AccountError,
  TOTP_DIGITS,
  type AccountAdapter,
  type BackupCodes,
  type TotpSetup,
  type TwoStep,
} from '../../api/index.js';
import {
  ActionController,
  knownUnsupported,
  rememberUnsupported,
  ResourceController,
  shownInPlace,
} from '../../core/index.js';
import { AccountTwoStepChangedEvent } from '../../events/index.js';
import { badgeStyles } from '../../kit/badge.styles.js';
import { codeBoxStyles } from '../../kit/code-box.styles.js';
import { elementStyles, SectionElement, type SectionCard } from '../../kit/index.js';
import { backupCodesView, downloadBackupCodes } from './backup-codes.js';
import { QrCanvas } from './qr-canvas.js';
import { setupView } from './setup-view.js';
import { twoStepStyles } from './two-step-settings.styles.js';
import { turnOffDialog, twoStepView } from './two-step-view.js';
import { addEnglish } from '../../i18n/index.js';
import { twoStep } from '../../i18n/en/two-step.js';

addEnglish({ twoStep });

/**
 * Two-step verification: whether it is on; setting up an authenticator app (a QR code drawn on the
 * page, the key to type for an app that cannot scan, then the app's first code); turning the app
 * off after a confirmation; codes by SMS where the backend offers them; and backup codes, shown once
 * when made, to copy or download. Turning a way on or off and making new codes go through the
 * identity check when the backend asks. A backend without two-step verification answers
 * `unsupported`, and the element leaves itself out of the page (`hidden`).
 *
 * The app's key and the backup codes are held in the element alone while on screen (in no
 * attribute, event or log), and forgotten when it leaves the page or its adapter changes.
 *
 * @tagname two-step-settings
 * @summary Two-step verification: an authenticator app with a QR code, SMS codes, backup codes.
 *
 * @fires {AccountTwoStepChangedEvent} account-two-step-changed - A way was turned on or off, or new backup codes replaced the old; `event.twoStep` is the state in force, with no secret or code.
 *
 * @csspart state - Whether two-step verification is on, at the top of the card.
 * @csspart qr-code - The QR code to scan (a canvas, dark on light in every theme).
 * @csspart setup-key - The setup key, for an app that cannot scan.
 * @csspart backup-codes - Backup codes just made, with their warning and buttons.
 * @csspart code-list - The list of backup codes.
 *
 * @cssprop --ae-color-warning-surface - The background of backup codes just made.
 * @cssprop --ae-font-family-mono - The setup key and the backup codes.
 */
export class TwoStepSettings extends SectionElement {
  static override styles = [...elementStyles, codeBoxStyles, badgeStyles, twoStepStyles];

  @state() private turningOff = false;
  @state() private code = '';
  /** A problem found before sending (too few digits). */
  @state() private codeProblem: string | undefined;

  /** The app's setup waiting for its first code; its key is on screen, and held here alone. */
  private setup: TotpSetup | undefined;
  /** Backup codes just made: shown this once, forgotten once the person says they are saved. */
  private shown: { codes: BackupCodes; replaced: boolean } | undefined;
  /** The adapter the setup and the codes came from: another one's are not shown. */
  private heldFor: AccountAdapter | undefined;

  private readonly twoStep = new ResourceController(this, 'twoStep');
  private readonly qr = new QrCanvas(this, () => this.setup);
  // Each call keeps its secret itself and answers none: an action's value outlives the view.
  private readonly starting = new ActionController<[], void>(this, {
    call: async (adapter, _args, options) => {
      const setup = await adapter.startTotpSetup(options);
      if (options.signal?.aborted) return;
      [this.setup, this.heldFor] = [setup, adapter];
      this.qr.load();
    },
    onSuccess: () => void this.focusAfterUpdate('#two-step-setup-heading'),
    // Refused as not offered: the row says so from then on, in every card; focus to SMS, if offered.
    onFailure: (error) => {
      if (error.code !== 'unsupported') return this.reportFailure(error);
      rememberUnsupported(this.connection?.adapter, 'startTotpSetup');
      void this.focusAfterUpdate('#two-step-sms');
    },
  });
  private readonly confirming = new ActionController<[code: string], TwoStep>(this, {
    call: async (adapter, [code], options) => {
      const setupId = this.setup?.id;
      if (!setupId) throw new AccountError('not_found', 'No authenticator app is being set up');
      const change = await adapter.confirmTotpSetup({ setupId, code }, options);
      if (!options.signal?.aborted) {
        this.endSetup();
        if (change.backupCodes) this.showCodes(change.backupCodes, false, adapter);
      }
      return change.twoStep;
    },
    saves: 'twoStep',
    affects: ['twoStep'],
    onSuccess: (twoStep) => this.changed(twoStep, this.t.twoStep.turnedOn, '#two-step-turn-off'),
  });
  private readonly disabling = new ActionController<[], TwoStep>(this, {
    call: (adapter, _args, options) => adapter.disableTotp(options),
    saves: 'twoStep',
    affects: ['twoStep'],
    // Said in the dialog, where the person is.
    onFailure: shownInPlace,
    onSuccess: (twoStep) => {
      this.turningOff = false;
      this.changed(twoStep, this.t.twoStep.turnedOff, '#two-step-set-up');
    },
  });
  private readonly sms = new ActionController<[on: boolean], TwoStep>(this, {
    call: async (adapter, [on], options) => {
      if (!on) return adapter.disableSmsTwoStep(options);
      const change = await adapter.enableSmsTwoStep(options);
      if (change.backupCodes && !options.signal?.aborted) this.showCodes(change.backupCodes, false, adapter);
      return change.twoStep;
    },
    saves: 'twoStep',
    affects: ['twoStep'],
    onSuccess: (twoStep, [on]) =>
      this.changed(twoStep, on ? this.t.twoStep.smsTurnedOn : this.t.twoStep.smsTurnedOff, '#two-step-sms'),
  });
  private readonly regenerating = new ActionController<[], TwoStep>(this, {
    call: async (adapter, _args, options) => {
      const codes = await adapter.regenerateBackupCodes(options);
      const current = this.twoStep.value ?? (await adapter.getTwoStep(options));
      if (!options.signal?.aborted) this.showCodes(codes, true, adapter);
      return { ...current, backupCodes: { remaining: codes.codes.length, generatedAt: codes.generatedAt } };
    },
    saves: 'twoStep',
    affects: ['twoStep'],
    onSuccess: (twoStep) => this.changed(twoStep, this.t.twoStep.codesMade, '#backup-codes-heading'),
  });

  constructor() {
    super();
    this.controlDialog('turn-off-dialog');
  }

  protected get card(): SectionCard {
    return { id: 'two-step', texts: (t) => t.twoStep, waitsFor: [this.twoStep], skeleton: { lines: 3 } };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.turningOff = false;
    this.forgetSecrets();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A key or codes from another adapter (another account, perhaps) are not shown.
    if ((this.setup || this.shown) && this.heldFor !== this.connection?.adapter) this.forgetSecrets();
  }

  private endSetup(): void {
    this.setup = undefined;
    this.code = '';
    this.codeProblem = undefined;
    this.requestUpdate();
  }

  private showCodes(codes: BackupCodes, replaced: boolean, adapter: AccountAdapter): void {
    [this.shown, this.heldFor] = [{ codes, replaced }, adapter];
  }

  private forgetSecrets(): void {
    this.endSetup();
    this.shown = undefined;
    this.confirming.reset();
  }

  private changed(twoStep: TwoStep, said: string, focus: string): void {
    // Two-step off, the backend has dropped the backup codes: those on screen no longer work.
    if (!twoStep.enabled) this.shown = undefined;
    this.announcer.success(said);
    this.dispatchEvent(new AccountTwoStepChangedEvent(twoStep));
    // The button pressed is gone (or the codes came): focus goes to what the person does next.
    void this.focusAfterUpdate(this.shown ? '#backup-codes-heading' : focus);
  }

  /** Runs an action of a button in the card; what the card said before is over. */
  private act<A extends readonly unknown[], R>(action: ActionController<A, R>, ...args: A): void {
    this.announcer.clear();
    void action.run(...args);
  }

  private onSetUp(): void {
    this.confirming.reset();
    this.act(this.starting);
  }

  private onCode(code: string): void {
    this.code = code;
    this.codeProblem = undefined;
    // The last answer was about the code before; what is typed stays.
    if (this.confirming.error) this.confirming.reset();
  }

  private onConfirm(): void {
    this.announcer.clear();
    if (this.code.length !== TOTP_DIGITS) {
      this.codeProblem = this.t.twoStep.codeIncomplete(TOTP_DIGITS);
      void this.focusFirstProblem();
      return;
    }
    void this.confirming.run(this.code);
  }

  private onCancelSetup(): void {
    this.announcer.clear();
    this.confirming.reset();
    this.endSetup();
    void this.focusAfterUpdate('#two-step-set-up');
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.twoStep, (twoStep) =>
      twoStepView({
        t: this.t,
        locale: this.resolvedLocale,
        twoStep,
        appUnsupported: knownUnsupported(this.connection?.adapter, 'startTotpSetup'),
        setup: this.setup && this.renderSetup(this.setup),
        codes: this.shown && this.renderCodes(this.shown.codes, this.shown.replaced),
        status: this.announcer.render(),
        starting: this.starting,
        sms: this.sms,
        regenerating: this.regenerating,
        onSetUp: () => this.onSetUp(),
        onTurnOff: () => {
          this.announcer.clear();
          this.disabling.reset();
          this.turningOff = true;
        },
        onSms: (on) => this.act(this.sms, on),
        onNewCodes: () => this.act(this.regenerating),
      }),
    );
  }

  private renderSetup(setup: TotpSetup): TemplateResult {
    const t = this.t;
    return setupView({
      t,
      setup,
      qr: this.whenLoaded(this.qr.module, () => this.qr.render(t.twoStep.qrLabel), { lines: 4 }),
      code: this.code,
      problem: this.codeProblem,
      confirming: this.confirming,
      onCode: (code) => this.onCode(code),
      onConfirm: () => this.onConfirm(),
      onCancel: () => this.onCancelSetup(),
      announcer: this.announcer,
      onStartAgain: () => {
        this.endSetup();
        this.onSetUp();
      },
    });
  }

  private renderCodes(codes: BackupCodes, replaced: boolean): TemplateResult {
    return backupCodesView({
      t: this.t,
      codes,
      replaced,
      announcer: this.announcer,
      onDownload: () => downloadBackupCodes(this.t, this.resolvedLocale, codes, this.renderRoot),
      // Saved: they leave the screen for good, and the way to make new ones is next.
      onDone: () => {
        this.announcer.clear();
        this.shown = undefined;
        void this.focusAfterUpdate('#two-step-new-codes');
      },
    });
  }

  protected override renderDialogs(): TemplateResult | typeof nothing {
    const twoStep = this.twoStep.value;
    if (!twoStep?.totp.enabled && !this.turningOff) return nothing;
    return turnOffDialog({
      t: this.t,
      open: this.turningOff,
      lastWay: !twoStep?.sms?.enabled,
      disabling: this.disabling,
      onConfirm: () => void this.disabling.run(),
      // It stays open while the app is being turned off: the answer is said in it.
      onClose: () => (this.turningOff &&= this.disabling.pending),
    });
  }
}
