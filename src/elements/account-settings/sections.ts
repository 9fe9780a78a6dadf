import type { Catalog } from '../../i18n/index.js';

/** A section of the built-in page: its id (the deep link, `#plan`), its element, and its name. */
export interface BuiltInSection {
  id: string;
  tag: string;
  label: (t: Catalog) => string;
}

/** Every section of the "My Settings" page, in the product's order. */
export const BUILT_IN_SECTIONS: readonly BuiltInSection[] = [
  { id: 'profile', tag: 'account-profile', label: (t) => t.profile.heading },
  { id: 'cell', tag: 'personal-phone', label: (t) => t.phone.heading },
  { id: 'password', tag: 'password-settings', label: (t) => t.password.heading },
  { id: 'plan', tag: 'plan-usage', label: (t) => t.plan.heading },
  { id: 'email', tag: 'email-settings', label: (t) => t.email.heading },
  { id: 'calls', tag: 'phone-settings', label: (t) => t.voice.heading },
  { id: 'texts', tag: 'message-settings', label: (t) => t.messages.heading },
  { id: 'api-key', tag: 'api-key', label: (t) => t.apiKey.heading },
  { id: 'delete', tag: 'delete-account', label: (t) => t.deleteAccount.heading },
];

/** The marker of a section child: built-in ones get it, a host's own section carries it. */
export const SECTION_ATTRIBUTE = 'data-section';

/** A list attribute's words: `"profile plan"` gives `['profile', 'plan']`. */
export function words(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
