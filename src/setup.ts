/**
 * `account-elements/setup`: everything the root entry exports (the contract, the page-wide
 * `configure()`, the locales, the events, the classes), registering no tag. A page that imports
 * from here and one element (`account-elements/<tag>.js`) pays for that element alone; the root
 * entry, `account-elements`, is this and every tag registered.
 */
export * from './api/index.js';
export * from './events/index.js';
export * from './classes.js';
// The <message-settings> class and the contract's settings type share a name: here the class wins,
// and the type is `MessageSettingsData` (in the contract's own modules it keeps its name).
export { MessageSettings } from './classes.js';
export type { MessageSettings as MessageSettingsData } from './api/index.js';
export { configure } from './core/configure.js';
export { loadLocale, registerLocale, type Catalog, type LocaleCatalog } from './i18n/index.js';
// Types the elements' properties name, so a host can name them too.
export type { HeadingLevel } from './ui/index.js';
export type { StoredSettingsKey } from './kit/settings/settings-source.js';
