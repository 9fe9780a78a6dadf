/**
 * An element removed from the page lets go of everything: a single-page app mounts the settings on
 * one route and removes them on the next, many times in a session, on an adapter that lives as long
 * as the app. Each element is mounted and removed many times (ready, busy with something of its own
 * such as a countdown or an open panel, and still loading), then, after a garbage collection, every
 * removed element must be gone from memory and the page's DOM nodes and listeners back where they
 * were, give or take a small constant (never an amount per mount). The JS heap's size is not the
 * measure: compiled code and caches grow it on their own; whether a removed element is still held
 * is asked of the element itself, through a weak reference.
 *
 * Chromium only: forcing a garbage collection and reading the DOM counters take its DevTools protocol.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { configure } from '../../src/core/configure.js';
import '../../src/index.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { ApiKeyHarness } from '../harness/api-key.js';
import { DeleteAccountHarness } from '../harness/delete-account.js';
import { ElementHarness } from '../harness/element-harness.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { SignedInDevicesHarness } from '../harness/signed-in-devices.js';
import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';
import { itWithDevtools } from '../support/browser.js';
import { memoryAfterGarbageCollection, type MemoryCounters } from '../support/devtools.js';

type Mounted = HTMLElement & { updateComplete: Promise<unknown> };

interface Subject {
  tag: string;
  /** Resolves once the element shows its ready view. */
  ready: (element: Mounted) => Promise<void>;
  /** Starts something the element runs on its own (a countdown, an open panel, a scroll). */
  busy?: (element: Mounted) => Promise<void>;
}

const readyAt = (selector: string) => (element: Mounted) =>
  new ElementHarness(element).ready(selector).then(() => undefined);

const SUBJECTS: Subject[] = [
  {
    tag: 'account-settings',
    ready: (element) => new AccountSettingsHarness(element as AccountSettingsHarness['element']).allReady(),
    // Going to a section waits for the scroll to end, with a timer in case it never does.
    busy: (element) => (element as AccountSettingsHarness['element']).show('api-key'),
  },
  {
    tag: 'account-profile',
    ready: readyAt('#name'),
  },
  {
    tag: 'personal-phone',
    ready: readyAt(PersonalPhoneHarness.readySelector),
    // The code step counts down to when a code may be sent again.
    busy: (element) =>
      new PersonalPhoneHarness(element as PersonalPhoneHarness['element']).startChange('+1 415 555 0199'),
  },
  {
    tag: 'password-settings',
    ready: readyAt(PasswordSettingsHarness.readySelector),
    // The form in the element's light DOM.
    busy: (element) =>
      new PasswordSettingsHarness(element as PasswordSettingsHarness['element']).openChange(),
  },
  {
    tag: 'email-settings',
    ready: readyAt(EmailSettingsHarness.readySelector),
    // A pending change: its resend countdown, and the watch for the person coming back.
    busy: async (element) => {
      const harness = new EmailSettingsHarness(element as EmailSettingsHarness['element']);
      // The change stays pending in the backend: the rounds after the first find it there.
      if (!harness.pending) await harness.requestChange('ada.elsewhere@example.com');
      await harness.waitForPending();
    },
  },
  {
    tag: 'plan-usage',
    ready: readyAt(PlanUsageHarness.readySelector),
    // The plan comparison, fetched on first use, in its dialog.
    busy: (element) => new PlanUsageHarness(element as PlanUsageHarness['element']).openUpgrade(),
  },
  {
    tag: 'phone-settings',
    ready: readyAt('.settings-form'),
  },
  {
    tag: 'message-settings',
    ready: readyAt('.settings-form'),
  },
  {
    tag: 'api-key',
    ready: readyAt(ApiKeyHarness.readySelector),
    // The revealed key's countdown.
    busy: (element) => new ApiKeyHarness(element as ApiKeyHarness['element']).reveal(),
  },
  {
    tag: 'signed-in-devices',
    ready: readyAt(SignedInDevicesHarness.readySelector),
    // The confirmation open, over a device's row.
    busy: async (element) => {
      const harness = new SignedInDevicesHarness(element as SignedInDevicesHarness['element']);
      const other = harness.rows.find((row) => !row.current);
      if (other) await harness.openSignOut(other.id);
    },
  },
  {
    tag: 'delete-account',
    ready: readyAt(DeleteAccountHarness.readySelector),
  },
  {
    tag: 'settings-menu',
    ready: readyAt(SettingsMenuHarness.readySelector),
    // The open panel listens on the document for a press outside it.
    busy: (element) => new SettingsMenuHarness(element as SettingsMenuHarness['element']).open(),
  },
];

/** Rounds of mounting and removing per state; what stays behind would grow with them. */
const ROUNDS = 8;
/** DOM nodes and listeners the page may hold on to once (caches filled by the first mounts). */
const NODE_SLACK = 40;
const LISTENER_SLACK = 4;

/** An adapter as long-lived as an app's, answering at once, or never within the test. */
const prompt = new MemoryAdapter({ reverify: [] });
const slow = new MemoryAdapter({ reverify: [], latency: 60_000 });

type State = 'ready' | 'busy' | 'loading';

/** A removed element, known only by a weak reference, so the test can tell whether anything holds it. */
interface Removed {
  state: State;
  element: WeakRef<Mounted>;
}

/** Mounts the element, lets it reach the state and removes it. */
async function mountAndRemove(subject: Subject, state: State): Promise<Removed> {
  configure({ adapter: state === 'loading' ? slow : prompt });
  const element = document.createElement(subject.tag) as Mounted;
  document.body.append(element);
  await element.updateComplete;
  if (state !== 'loading') await subject.ready(element);
  if (state === 'busy') await subject.busy?.(element);
  element.remove();
  return { state, element: new WeakRef(element) };
}

async function rounds(subject: Subject, count: number): Promise<Removed[]> {
  const removed: Removed[] = [];
  for (let round = 0; round < count; round++) {
    removed.push(await mountAndRemove(subject, 'ready'));
    if (subject.busy) removed.push(await mountAndRemove(subject, 'busy'));
    removed.push(await mountAndRemove(subject, 'loading'));
  }
  return removed;
}

/** The states of the removed elements something still holds. */
function stillHeld(removed: Removed[]): State[] {
  return removed.filter(({ element }) => element.deref() !== undefined).map(({ state }) => state);
}

/**
 * The counters after a garbage collection, once the page has settled. Under load, the browser
 * itself may still hold the element removed last for a moment (work it queued for that element's
 * last frame, focus or input): that is one element, not one per mount, and it is let go within a
 * second. So when anything is still held, the page gets that second, a frame and another
 * collection before the test judges; what a removed element really leaves behind stays through it.
 */
async function settledMemory(removed: Removed[]): Promise<MemoryCounters> {
  const first = await memoryAfterGarbageCollection();
  if (stillHeld(removed).length === 0) return first;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return memoryAfterGarbageCollection();
}

function grew(before: MemoryCounters, after: MemoryCounters): Record<string, number> {
  return { nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
}

describe('removed elements leave nothing behind', function () {
  this.timeout(120_000);

  afterEach(() => {
    configure({ adapter: undefined });
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo({ top: 0, behavior: 'instant' });
  });

  for (const subject of SUBJECTS) {
    itWithDevtools(`<${subject.tag}>, mounted and removed ${ROUNDS} times in each state`, async () => {
      // The first mounts fill what is kept once per page: module caches, style sheets, templates.
      await rounds(subject, 1);
      const before = await memoryAfterGarbageCollection();
      const removed = await rounds(subject, ROUNDS);
      const after = await settledMemory(removed);

      const kept = stillHeld(removed).join(', ');
      expect(kept, `removed <${subject.tag}> elements still in memory (their states)`).to.equal('');
      const growth = grew(before, after);
      expect(growth.nodes, `DOM nodes left behind by ${removed.length} removals`).to.be.at.most(NODE_SLACK);
      expect(growth.listeners, `listeners left behind by ${removed.length} removals`).to.be.at.most(
        LISTENER_SLACK,
      );
    });
  }
});
