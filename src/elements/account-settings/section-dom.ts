import type { Catalog } from '../../i18n/index.js';
import type { HeadingLevel } from '../../ui/index.js';
import type { NavEntry } from './page-view.js';
import {
  arrangement,
  BUILT_IN_SECTIONS,
  SECTION_ATTRIBUTE,
  sectionHeadingLevel,
  type BuiltInSection,
} from './sections.js';

/** How long a scroll to a section may take before its end is taken for granted. */
export const TRAVEL_MS = 1500;
/** How long a deep link waits for the sections above it, at most, before going there anyway. */
export const ARRIVAL_MS = 10_000;
/** What a person does to move about the page themselves. */
export const PERSON_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'];

/**
 * Resolves once a section has loaded what it shows (the built-in ones say when); a host's own is
 * taken as it is, once rendered.
 */
export function loaded(section: HTMLElement): Promise<unknown> {
  const element = section as HTMLElement & {
    loadComplete?: Promise<unknown>;
    updateComplete?: Promise<unknown>;
  };
  return element.loadComplete ?? element.updateComplete ?? Promise.resolve();
}

function makeSection({ tag, id, height }: BuiltInSection): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute(SECTION_ATTRIBUTE, id);
  if (height) void holdHeight(element, height);
  return element;
}

/**
 * A section the page made keeps its usual height (rem) until it has loaded what it shows: while
 * its code comes, then over its own skeleton, so the sections below do not move as it fills. Set
 * through the style object, which a Content-Security-Policy without 'unsafe-inline' allows; a
 * section the host rendered is left as it was sent.
 */
async function holdHeight(element: HTMLElement, height: number): Promise<void> {
  element.style.minBlockSize = `${height}rem`;
  await customElements.whenDefined(element.localName);
  await loaded(element);
  element.style.removeProperty('min-block-size');
}

export function isOnScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}

/** Focus on the section's heading (in its shadow root for built-in ones), so reading starts there. */
export function focusHeading(section: HTMLElement): void {
  const heading =
    section.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]') ??
    section.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ??
    section;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/** The page's section children: built-in or the host's, each marked with `data-section`. */
export function sectionChildren(page: HTMLElement): HTMLElement[] {
  return [...page.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(SECTION_ATTRIBUTE),
  );
}

/** The navigation's entries: the sections on the page now, not hidden by themselves. */
export function navEntries(page: HTMLElement): NavEntry[] {
  return sectionChildren(page)
    .filter((child) => !child.hidden)
    .map((element) => {
      const id = element.getAttribute(SECTION_ATTRIBUTE) ?? '';
      const builtIn = BUILT_IN_SECTIONS.find((section) => section.id === id);
      const hostLabel = element.dataset['label'];
      const label = (t: Catalog) => hostLabel ?? builtIn?.label(t) ?? id;
      return { id, label, element };
    });
}

/**
 * The built-in sections made or removed, all of them put in order. Nothing is touched that is
 * already as it should be: on a server-rendered page the host renders the sections (the React
 * wrapper does), and hydration must find them as they were sent. `madeHere` holds the sections the
 * page made (not the host's), the only ones it may remove again.
 */
export function arrangeSections(
  page: HTMLElement,
  madeHere: WeakSet<Element>,
  sections: string | undefined,
  hide: string | undefined,
  headingLevel: HeadingLevel,
): void {
  const idOf = (child: Element): string => child.getAttribute(SECTION_ATTRIBUTE) ?? '';
  const hostIds = sectionChildren(page)
    .filter((child) => !madeHere.has(child))
    .map(idOf);
  const { order, made: toMake } = arrangement(sections, hide, hostIds);
  for (const child of sectionChildren(page)) {
    const id = idOf(child);
    if (!order.includes(id) || (madeHere.has(child) && !toMake.some((section) => section.id === id)))
      child.remove();
  }
  for (const section of toMake) {
    if (sectionChildren(page).some((child) => idOf(child) === section.id)) continue;
    const element = makeSection(section);
    madeHere.add(element);
    page.append(element);
  }
  const level = String(sectionHeadingLevel(headingLevel));
  for (const child of sectionChildren(page)) {
    if (child.getAttribute('heading-level') !== level) child.setAttribute('heading-level', level);
  }
  // Moved only when out of order: a node moved in place is still a change hydration would see.
  const placed = sectionChildren(page);
  const sorted = order.map((id) => placed.find((child) => idOf(child) === id)!);
  if (sorted.some((child, index) => placed[index] !== child)) for (const child of sorted) page.append(child);
}
