/**
 * How a host's TypeScript sees the tags, type-checked against the built `dist/` (test:cli runs
 * `tsc` on this folder): Svelte's element types and the React JSX types, each catching a typo'd
 * attribute and typing an event handler's event, on a section and on the page around it.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type { CustomElements } from 'account-elements/jsx';
import type {} from 'account-elements/svelte';

export const profile: SvelteHTMLElements['account-profile'] = {
  'heading-level': 3,
  'onaccount-profile-updated': (event) => event.account.name,
};

export const page: SvelteHTMLElements['account-settings'] = {
  sections: 'profile plan',
  // The sections' events bubble out of the page, so it takes their handlers too.
  'onaccount-api-key-regenerated': (event) => event.type,
  'onaccount-profile-updated': (event) => event.account.username,
};

export const twoStep: SvelteHTMLElements['two-step-settings'] = {
  'heading-level': 3,
  'onaccount-two-step-changed': (event) => event.twoStep.enabled,
};

export const jsxTwoStep: CustomElements['two-step-settings'] = {
  'onaccount-two-step-changed': (event) => event.twoStep.backupCodes.remaining,
};

export const typo: SvelteHTMLElements['account-profile'] = {
  // @ts-expect-error a typo'd attribute is an error
  'headng-level': 2,
};

export const jsxPage: CustomElements['account-settings'] = {
  'onaccount-profile-updated': (event) => event.account.username,
};

export const jsxTypo: CustomElements['account-profile'] = {
  // @ts-expect-error a typo'd attribute is an error in JSX too
  'headng-level': 2,
};
