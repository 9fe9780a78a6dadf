import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AccountElement, ContextRelay } from '../../core/index.js';
import { elementStyles } from '../../kit/index.js';
import type { HeadingLevel } from '../../ui/index.js';
import { settingsStyles } from './account-settings.styles.js';
import { LateSections } from './late-sections.js';
import { settingsPage, type NavEntry } from './page-view.js';
import {
  ARRIVAL_MS,
  focusHeading,
  isOnScreen,
  loaded,
  arrangeSections,
  navEntries,
  sectionChildren,
  PERSON_MOVES,
  TRAVEL_MS,
} from './section-dom.js';
import { addEnglish } from '../../i18n/index.js';
import { sectionNames } from '../../i18n/en/section-names.js';
import { settings } from '../../i18n/en/settings.js';

// Every section's name, for the navigation and a late section's placeholder, before its code is here.
addEnglish({ settings, ...sectionNames });

/**
 * The whole "My Settings" page: every section in the product's order, with a navigation beside
 * them when wide (a menu when narrow), deep links (`#plan`), the current section marked as the page
 * scrolls, and focus on a section's heading when it is chosen.
 *
 * The sections are this element's light-DOM children, made for it unless the host put them there:
 * so password managers find the password fields, and a host can style and reach each section as on
 * any page. A host adds a section of its own as a child with `data-section="<id>"` and
 * `data-label="<name>"` (a `<settings-section>`, or any element). `sections` orders them and leaves
 * out what it does not name; `hide` leaves some out. A section the backend does not offer hides
 * itself (`hidden`) and leaves the navigation too. Every section shares the page's adapter and
 * store, so each resource is requested once for the whole page; an `adapter` or `locale` set on the
 * page is its sections' too, as an `<account-provider>`'s would be.
 *
 * @tagname account-settings
 * @summary The whole "My Settings" page: every section, with a section navigation and deep links.
 *
 * @slot - The sections (made by the element; a host's own carry `data-section` and `data-label`).
 *
 * @csspart heading - The page's heading.
 * @csspart nav - The section navigation.
 * @csspart nav-link - Each section's link; the current one has `aria-current="location"`.
 * @csspart button - The narrow page's navigation button.
 * @csspart button-secondary - The narrow page's navigation button.
 * @csspart content - The column of sections.
 *
 * @cssprop --ae-settings-sticky-top - How far from the top the navigation sticks (under a host's fixed header).
 * @cssprop --ae-color-primary - The mark of the current section.
 */
export class AccountSettings extends AccountElement {
  static override styles = [...elementStyles, settingsStyles];

  /** The sections to show, in order (ids, space-separated); every built-in one when left out. */
  @property() sections?: string;
  /** Sections to leave out (ids, space-separated). */
  @property() hide?: string;
  /** The page heading's level; each section's heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  @state() private current?: string;
  @state() private navOpen = false;
  @state() private entries: NavEntry[] = [];

  private readonly visibility = new IntersectionObserver((records) => this.onScroll(records), {
    // A section is the current one once its top passes the upper third of the viewport.
    rootMargin: '0px 0px -66% 0px',
  });
  private readonly children$ = new MutationObserver(() => this.collect());
  private readonly onHashChange = (): void => this.followHash();
  /** The section last chosen in the navigation: current while it is in view. */
  private chosen?: string;
  /** Scrolling to the chosen section, or waiting to (a deep link on arrival). */
  private travelling = false;
  /** Ends the travel under way: its listeners and its timer go. */
  private endTravel?: () => void;
  /** The deep link the page is waiting to follow as it opens; anything else the person does wins. */
  private arrival?: symbol;
  /** The sections now crossing the upper third of the viewport. */
  private readonly inView = new Set<Element>();
  /** The built-in sections this page made (not the host's), so it may remove them again. */
  private readonly madeHere = new WeakSet<Element>();
  /** The sections below the first view, their code fetched as they near the viewport or when idle. */
  private readonly late = new LateSections(this);
  private readonly onPageScroll = (): void => this.markCurrent();

  override connectedCallback(): void {
    super.connectedCallback();
    // A section hides itself when the backend does not offer it: `hidden` on a child, seen here.
    this.children$.observe(this, {
      childList: true,
      attributes: true,
      subtree: true,
      attributeFilter: ['hidden'],
    });
    globalThis.addEventListener('hashchange', this.onHashChange);
    globalThis.addEventListener('scroll', this.onPageScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.arrival = undefined;
    this.endTravel?.();
    this.children$.disconnect();
    this.visibility.disconnect();
    globalThis.removeEventListener('hashchange', this.onHashChange);
    globalThis.removeEventListener('scroll', this.onPageScroll);
  }

  constructor() {
    super();
    // The page's own adapter and locale reach its sections (see the class comment).
    new ContextRelay(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('sections') || changed.has('hide') || changed.has('headingLevel')) {
      this.arrange();
    }
    // A deep link's section is current from the first render on, so following the link once rendered
    // changes no state: a change made in firstUpdated would start a second update (Lit warns of it).
    if (!this.hasUpdated) this.current = this.chosen = this.linkedSection();
  }

  protected override firstUpdated(): void {
    const id = this.linkedSection();
    if (id) void this.arrive(id);
  }

  /** Shows a section: scrolled to, its heading focused, the address's hash set. */
  async show(id: string): Promise<void> {
    await this.goTo(id, !matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  private async goTo(id: string, smooth: boolean): Promise<void> {
    this.arrival = undefined;
    this.endTravel?.();
    const entry = this.entries.find((candidate) => candidate.id === id);
    if (!entry) {
      this.markCurrent();
      return;
    }
    this.navOpen = false;
    this.current = this.chosen = id;
    history.replaceState(history.state, '', `#${id}`);
    // Sections passing by on the way are not "current": wait for the scroll to end (or not start).
    const arrived = () => {
      this.endTravel?.();
      this.markCurrent();
    };
    if (this.late.waiting(entry.element)) {
      // Its code is still coming: jump to its placeholder, then land as a deep link does, once the
      // sections above have loaded too (a smooth scroll would carry the page past where it lands).
      entry.element.scrollIntoView({ behavior: 'auto', block: 'start' });
      void this.arrive(id);
      return;
    }
    this.travel({ scrollend: arrived }, TRAVEL_MS, arrived);
    entry.element.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    await (entry.element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    focusHeading(entry.element);
  }

  /**
   * A deep link followed as the page opens (a link in an email, from another site): the sections
   * above the linked one are still empty or loading, and would push it down as they fill. So the
   * page goes there once they have loaded (and the linked one has), the navigation marking it
   * current meanwhile; unless the person starts scrolling or typing first, which wins.
   */
  private async arrive(id: string): Promise<void> {
    const arrival = (this.arrival = Symbol(id));
    const stop = () => {
      this.arrival = undefined;
      this.endTravel?.();
      this.chosen = undefined;
      this.markCurrent();
    };
    const waited = new Promise<void>((resolve) => {
      const listeners = Object.fromEntries(PERSON_MOVES.map((type) => [type, stop]));
      this.travel(listeners, ARRIVAL_MS, resolve);
    });
    const entries = this.entries;
    const upTo = entries.findIndex((entry) => entry.id === id);
    await Promise.race([
      // Fetched now, not when idle, if their code is still to come: the way there waits for them.
      Promise.all(
        entries.slice(0, upTo + 1).map(({ element }) => this.late.now(element).then(() => loaded(element))),
      ),
      waited,
    ]);
    if (this.arrival !== arrival) return;
    await this.goTo(id, false);
  }

  /**
   * Marks the page as on its way to a section: window `listeners` for what ends the way, and a
   * timer for when nothing does. `endTravel` takes them all down, when the way ends or the page
   * leaves the document (nothing of it then holds the element).
   */
  private travel(listeners: Record<string, () => void>, timeout: number, onTimeout: () => void): void {
    this.travelling = true;
    const removal = new AbortController();
    for (const [type, listener] of Object.entries(listeners)) {
      globalThis.addEventListener(type, listener, { once: true, passive: true, signal: removal.signal });
    }
    const timer = setTimeout(() => {
      this.endTravel?.();
      onTimeout();
    }, timeout);
    this.endTravel = () => {
      this.endTravel = undefined;
      this.travelling = false;
      removal.abort();
      clearTimeout(timer);
    };
  }

  private arrange(): void {
    arrangeSections(this, this.madeHere, this.sections, this.hide, this.headingLevel);
    this.late.track(sectionChildren(this), this.madeHere);
    this.collect();
  }

  /** The navigation's entries: the sections on the page now, not hidden by themselves. */
  private collect(): void {
    this.visibility.disconnect();
    this.inView.clear();
    this.entries = navEntries(this);
    for (const { element } of this.entries) this.visibility.observe(element);
  }

  private onScroll(records: IntersectionObserverEntry[]): void {
    for (const record of records) {
      if (record.isIntersecting) this.inView.add(record.target);
      else this.inView.delete(record.target);
    }
    this.markCurrent();
  }

  /**
   * The current section: the first, in the page's order, crossing the upper third of the viewport;
   * at the foot of the page, where the last sections can never reach the top, the last one.
   */
  private markCurrent(): void {
    if (this.travelling) return;
    // A section chosen near the foot of the page never reaches the top: it stays current while seen.
    const chosen = this.entries.find((entry) => entry.id === this.chosen);
    if (chosen && isOnScreen(chosen.element)) {
      this.current = chosen.id;
      return;
    }
    this.chosen = undefined;
    const atFoot = scrollY > 0 && innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const inView = this.entries.find((entry) => this.inView.has(entry.element));
    const current = atFoot ? this.entries.at(-1) : inView;
    if (current) this.current = current.id;
  }

  /** The section the address's hash names, if it is on the page. */
  private linkedSection(): string | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    return id && this.entries.some((entry) => entry.id === id) ? id : undefined;
  }

  private followHash(): void {
    const id = this.linkedSection();
    if (id) void this.show(id);
  }

  private onNavClick(event: MouseEvent, id: string): void {
    // A click with a modifier opens the link elsewhere, as any link does.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void this.show(id);
  }

  protected override render(): TemplateResult {
    return settingsPage({
      t: this.t,
      headingLevel: this.headingLevel,
      entries: this.entries,
      current: this.current,
      navOpen: this.navOpen,
      onToggle: () => (this.navOpen = !this.navOpen),
      onNavClick: (event, id) => this.onNavClick(event, id),
    });
  }

  protected override updated(): void {
    const toggle = this.renderRoot.querySelector('#nav-toggle');
    toggle?.setAttribute('aria-expanded', String(this.navOpen));
    toggle?.setAttribute('aria-controls', 'nav-list');
  }
}
