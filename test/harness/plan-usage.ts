import type { UsageKind } from '../../src/api/index.js';
import '../../src/elements/plan-usage/plan-usage.js';
import type { PlanUsage } from '../../src/elements/plan-usage/plan-usage.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** Where the element would have sent the person, kept instead of leaving the page. */
export interface Departures {
  /** Addresses given to `navigate` (the checkout). */
  navigated: string[];
  /** Addresses given to `openWindow` (the sales chat). */
  opened: string[];
}

const METER_IDS: Record<UsageKind, string> = {
  minutes: 'minutes-meter',
  messages: 'messages-meter',
  groups: 'groups-meter',
  apiRequests: 'api-requests-meter',
};

/** `<plan-usage>` as a person uses it. */
export class PlanUsageHarness extends ElementHarness<PlanUsage> {
  static readonly tag = 'plan-usage';
  /** Present once the plan has loaded. */
  static readonly readySelector = '#usage-list';
  /** Its tests read dates and numbers in US English. */
  static readonly locale = 'en-US';

  /** Where it would have sent the person, once a test page has kept it there (`mounted`). */
  departures: Departures = { navigated: [], opened: [] };

  /** On a test page the checkout and the sales chat must not take the page away. */
  override mounted(): void {
    this.departures = this.stayOnPage();
  }

  get dialog(): HTMLDialogElement {
    return this.find<HTMLDialogElement>('#upgrade-dialog');
  }

  /** The row of one kind of usage: its meter and its note. */
  usage(kind: UsageKind): HTMLElement {
    const meter = this.find(`#${METER_IDS[kind]}`);
    const row = meter.closest<HTMLElement>('[data-usage]');
    if (!row) throw new Error(`No usage row around #${METER_IDS[kind]}`);
    return row;
  }

  /** What the meter of a kind says to assistive technology (or shows, when unlimited). */
  reading(kind: UsageKind): string {
    const meter = this.find(`#${METER_IDS[kind]}`);
    return meter.getAttribute('aria-valuetext') ?? text(meter.querySelector('.meter-value'));
  }

  /** A kind's meter as drawn: its label, reading and bar (the element that carries its `meter-*` part). */
  meterBox(kind: UsageKind): HTMLElement {
    return (
      this.find(`#${METER_IDS[kind]}`).closest<HTMLElement>('.meter') ?? this.find(`#${METER_IDS[kind]}`)
    );
  }

  /** A piece of the line under a kind's meter (`note`, the whole line; `state`; `projection`), or null. */
  usagePiece(kind: UsageKind, piece: 'note' | 'state' | 'projection'): HTMLElement | null {
    return this.maybe(`#${METER_IDS[kind].replace(/-meter$/, '')}-${piece}`);
  }

  /** That piece of every kind's line that has one. */
  usagePieces(piece: 'note' | 'state' | 'projection'): HTMLElement[] {
    return (Object.keys(METER_IDS) as UsageKind[])
      .map((kind) => this.usagePiece(kind, piece))
      .filter((found) => found !== null);
  }

  /** The line under a kind's meter: its state and where the cycle ends at this pace. */
  note(kind: UsageKind): string {
    return text(this.usagePiece(kind, 'note'));
  }

  /** The buttons of the plans in the comparison, in order: Choose, or Talk to sales. */
  planButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('#upgrade-dialog [data-plan] button')];
  }

  /** The plans' cards in the comparison, in order. */
  planCards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('#upgrade-dialog [data-plan]')];
  }

  /** A piece of a plan's card (`name`, `price`, `limits`, `badge` for the current one, `note`), or null. */
  planPiece(card: HTMLElement, piece: 'name' | 'price' | 'limits' | 'badge' | 'note'): HTMLElement | null {
    return card.querySelector(`#${CSS.escape(`plan-${card.dataset['plan']}-${piece}`)}`);
  }

  /** The plans' names in the comparison, in order. */
  planNames(): string[] {
    return this.planCards().map((card) => text(this.planPiece(card, 'name')));
  }

  /** What a plan includes, line by line. */
  planLimits(card: HTMLElement): string[] {
    return [...(this.planPiece(card, 'limits')?.querySelectorAll('li') ?? [])].map((item) => text(item));
  }

  /** A plan's card in the comparison, by its name. */
  planCard(name: string): HTMLElement {
    const card = this.planCards().find((candidate) => text(this.planPiece(candidate, 'name')) === name);
    if (!card) throw new Error(`No plan named ${name} in the comparison`);
    return card;
  }

  /** The comparison's live region (the kit's status, inside the dialog). */
  get upgradeStatusRegion(): HTMLElement {
    return this.find('#upgrade-dialog .status');
  }

  /** What the comparison's live region says. */
  get upgradeStatus(): string {
    return text(this.maybe('#upgrade-dialog .status'));
  }

  /** Opens the comparison and waits for the plans. */
  async openUpgrade(): Promise<void> {
    // Focused first, as a click does, so the dialog knows where focus goes back to.
    const upgrade = this.button(en.plan.upgrade);
    upgrade.focus();
    upgrade.click();
    await until(() => this.maybe<HTMLDialogElement>('#upgrade-dialog')?.open, 'the comparison did not open');
    await this.waitFor('#upgrade-dialog #plans, #upgrade-dialog .notice--error');
    await this.settled();
  }

  /** Waits for the comparison's opening animation, so it is seen (and checked) as it stays. */
  async settled(): Promise<void> {
    await Promise.all(this.dialog.getAnimations({ subtree: true }).map((animation) => animation.finished));
  }

  /** Chooses a plan in the open comparison. */
  async choose(name: string): Promise<void> {
    await this.click(en.plan.choose(name));
  }

  async closeUpgrade(): Promise<void> {
    // Done once the dialog has said it closed: that event comes a task later.
    const closed = new Promise((resolve) => this.dialog.addEventListener('close', resolve, { once: true }));
    await this.click(en.common.close, this.dialog);
    await closed;
  }

  /**
   * Keeps the element on the page: the checkout it would go to and the chat it would open are
   * recorded instead (through its protected `navigate` and `openWindow`).
   */
  stayOnPage(): Departures {
    const departures: Departures = { navigated: [], opened: [] };
    Object.defineProperty(this.element, 'navigate', {
      configurable: true,
      value: (url: string) => departures.navigated.push(url),
    });
    Object.defineProperty(this.element, 'openWindow', {
      configurable: true,
      value: (url: string) => departures.opened.push(url),
    });
    return departures;
  }
}
