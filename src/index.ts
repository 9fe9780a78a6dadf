/**
 * `account-elements`: importing this registers every element's tag and exposes the contract, the
 * page-wide `configure()`, the events and the classes.
 */
import './elements/account-provider/account-provider.js';
import './elements/account-settings/account-settings.js';
import './elements/account-profile/account-profile.js';
import './elements/personal-phone/personal-phone.js';
import './elements/email-settings/email-settings.js';
import './elements/delete-account/delete-account.js';
import './elements/password-settings/password-settings.js';
import './elements/plan-usage/plan-usage.js';
import './elements/api-key/api-key.js';
import './elements/phone-settings/phone-settings.js';
import './elements/message-settings/message-settings.js';
import './elements/settings-section/settings-section.js';
import './elements/settings-menu/settings-menu.js';

export * from './api/index.js';
export * from './events/index.js';
export * from './classes.js';
// `MessageSettings` is the <message-settings> class here; the contract's older name for its settings
// type (now `MessageSettingsData`) is the same word, so the class is named to win.
export { MessageSettings } from './classes.js';
export { configure } from './core/configure.js';
export { loadLocale, registerLocale, type Catalog, type LocaleCatalog } from './i18n/index.js';
// Types the elements' properties name, so a host can name them too.
export type { HeadingLevel } from './ui/index.js';
export type { StoredSettingsKey } from './kit/settings/settings-source.js';
