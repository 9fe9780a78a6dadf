import type { Catalog } from '../../i18n/index.js';

/** A section of the built-in page: its id (the deep link, `#plan`), its element, and its name. */
export interface BuiltInSection {
  id: string;
  tag: string;
  label: (t: Catalog) => string;
  /**
   * For a section below the first view: fetches its element's module, which registers the tag. The
   * page calls it as the section nears the viewport or the browser is idle; the first view's
   * sections have none, `account-settings.ts` imports them.
   */
  load?: () => Promise<unknown>;
  /**
   * Its usual height once loaded, in rem (as measured on a page 1,024 px wide, a little under, so
   * that it grows rather than shrinks where it differs): the page holds that much room for it until
   * it has loaded, so what follows does not move as its code and then its data arrive.
   */
  height?: number;
  /** The group it is listed under in the navigation, if any. */
  group?: SectionGroupId;
}

/**
 * Sections that belong together, listed under one name in the navigation: Security holds how the
 * person signs in (passkeys, two-step verification) and where the account is signed in. A section joins a group with
 * `group: 'security'`.
 */
export const SECTION_GROUPS = {
  security: { label: (t: Catalog) => t.settings.security },
} as const satisfies Record<string, { label: (t: Catalog) => string }>;
export type SectionGroupId = keyof typeof SECTION_GROUPS;

/** Every section of the "My Settings" page, in the product's order. */
export const BUILT_IN_SECTIONS: readonly BuiltInSection[] = [
  { id: 'profile', tag: 'account-profile', label: (t) => t.profile.heading, height: 28.25 },
  { id: 'cell', tag: 'personal-phone', label: (t) => t.phone.heading, height: 9.4 },
  { id: 'password', tag: 'password-settings', label: (t) => t.password.heading, height: 11.4 },
  {
    id: 'plan',
    tag: 'plan-usage',
    label: (t) => t.plan.heading,
    load: () => import('../plan-usage/plan-usage.js'),
    height: 26.5,
  },
  {
    id: 'email',
    tag: 'email-settings',
    label: (t) => t.email.heading,
    load: () => import('../email-settings/email-settings.js'),
    height: 21.5,
  },
  {
    id: 'calls',
    tag: 'phone-settings',
    label: (t) => t.voice.heading,
    load: () => import('../phone-settings/phone-settings.js'),
    height: 87,
  },
  {
    id: 'texts',
    tag: 'message-settings',
    label: (t) => t.messages.heading,
    load: () => import('../message-settings/message-settings.js'),
    height: 47,
  },
  {
    id: 'api-key',
    tag: 'api-key',
    label: (t) => t.apiKey.heading,
    load: () => import('../api-key/api-key.js'),
    height: 15,
  },
  {
    id: 'passkeys',
    tag: 'passkey-settings',
    label: (t) => t.passkeys.heading,
    group: 'security',
    load: () => import('../passkey-settings/passkey-settings.js'),
    height: 17.25,
  },
  {
    id: 'two-step',
    tag: 'two-step-settings',
    label: (t) => t.twoStep.heading,
    group: 'security',
    load: () => import('../two-step-settings/two-step-settings.js'),
    height: 24.5,
  },
  {
    id: 'devices',
    tag: 'signed-in-devices',
    label: (t) => t.devices.navLabel,
    group: 'security',
    load: () => import('../signed-in-devices/signed-in-devices.js'),
    height: 22.25,
  },
  {
    id: 'delete',
    tag: 'delete-account',
    label: (t) => t.deleteAccount.heading,
    load: () => import('../delete-account/delete-account.js'),
    height: 14.25,
  },
];

/** The group a section is listed under: a built-in section's own; none for a host's. */
export function groupOf(id: string): SectionGroupId | undefined {
  return BUILT_IN_SECTIONS.find((section) => section.id === id)?.group;
}

/** The marker of a section child: built-in ones get it, a host's own section carries it. */
export const SECTION_ATTRIBUTE = 'data-section';

/** A list attribute's words: `"profile plan"` gives `['profile', 'plan']`. */
export function words(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** What the page shows, in order: section ids, and which of them it must make itself. */
export interface Arrangement {
  order: string[];
  /** The built-in sections not among the host's children: the page makes them. */
  made: BuiltInSection[];
}

/**
 * The page's sections in order, from its `sections` and `hide` and the ids of the sections the host
 * put there: the named ones in the order named (every built-in one when `sections` is left out),
 * then the host's own named in neither list; a hidden one, or a built-in one `sections` leaves out,
 * nowhere. A function of the attributes alone, so what renders the page's children ahead of it (the
 * React wrapper, on a server) makes the very children the page would.
 */
export function arrangement(
  sections: string | undefined,
  hide: string | undefined,
  hostIds: readonly string[],
): Arrangement {
  const hidden = new Set(words(hide));
  const named = sections === undefined ? BUILT_IN_SECTIONS.map((section) => section.id) : words(sections);
  const builtIn = new Set(BUILT_IN_SECTIONS.map((section) => section.id));
  const available = new Set([...builtIn, ...hostIds]);
  const wanted = named.filter((id) => !hidden.has(id) && available.has(id));
  const rest = hostIds.filter((id) => !hidden.has(id) && !builtIn.has(id) && !named.includes(id));
  const order = [...new Set([...wanted, ...rest])];
  const made = BUILT_IN_SECTIONS.filter(
    (section) => order.includes(section.id) && !hostIds.includes(section.id),
  );
  return { order, made };
}

/** The heading level of a section on a page whose own heading is at `pageLevel`. */
export function sectionHeadingLevel(pageLevel: number): number {
  return Math.min(6, pageLevel + 1);
}
