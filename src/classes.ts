/**
 * Every public element's class, without registering any tag: for a host that registers them under
 * names of its own (`customElements.define('my-profile', AccountProfile)`).
 */
export { AccountProvider } from './core/account-provider.js';
export { AccountProfile } from './elements/account-profile/account-profile.component.js';
