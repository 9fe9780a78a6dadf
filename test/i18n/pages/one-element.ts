/**
 * The script of `one-element.html`: a page that shows one element, as a host that imports only that
 * element's entry builds it (`?tag=api-key`), on a `MemoryAdapter`. It shows the element, and
 * exposes the English the page has (`window.english`) once it is on the page. With `?never-idle`,
 * the browser is never idle.
 */
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { configure } from '../../../src/core/configure.js';
import { catalogFor } from '../../../src/i18n/index.js';

/** Each element's entry, imported only for the element the page shows. */
const ENTRIES: Record<string, () => Promise<unknown>> = {
  'account-profile': () => import('../../../src/elements/account-profile/account-profile.js'),
  'account-settings': () => import('../../../src/elements/account-settings/account-settings.js'),
  'api-key': () => import('../../../src/elements/api-key/api-key.js'),
  'delete-account': () => import('../../../src/elements/delete-account/delete-account.js'),
  'email-settings': () => import('../../../src/elements/email-settings/email-settings.js'),
  'message-settings': () => import('../../../src/elements/message-settings/message-settings.js'),
  'passkey-settings': () => import('../../../src/elements/passkey-settings/passkey-settings.js'),
  'password-settings': () => import('../../../src/elements/password-settings/password-settings.js'),
  'personal-phone': () => import('../../../src/elements/personal-phone/personal-phone.js'),
  'phone-settings': () => import('../../../src/elements/phone-settings/phone-settings.js'),
  'plan-usage': () => import('../../../src/elements/plan-usage/plan-usage.js'),
  'settings-menu': () => import('../../../src/elements/settings-menu/settings-menu.js'),
  'signed-in-devices': () => import('../../../src/elements/signed-in-devices/signed-in-devices.js'),
  'two-step-settings': () => import('../../../src/elements/two-step-settings/two-step-settings.js'),
};

const query = new URLSearchParams(location.search);
// A browser that is never idle: the settings page fetches a late section only as it nears the view.
if (query.has('never-idle'))
  Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => {} });
const tag = query.get('tag') ?? '';
const load = ENTRIES[tag];
if (!load) throw new Error(`one-element.html: no entry for "${tag}"`);
configure({ adapter: new MemoryAdapter({ reverify: [] }) });
await load();
document.body.append(document.createElement(tag));
Object.assign(window, { english: catalogFor('en') });
