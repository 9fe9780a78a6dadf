/**
 * `account-elements`: importing this registers every element's tag and exposes the contract, the
 * page-wide `configure()`, the events and the classes.
 */
import './elements/account-provider/account-provider.js';
import './elements/account-profile/account-profile.js';

export * from './api/index.js';
export * from './events/index.js';
export * from './classes.js';
export { configure } from './core/configure.js';
export { registerLocale, type Catalog } from './i18n/index.js';
