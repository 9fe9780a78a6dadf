/**
 * Every public element's class, without registering any tag: for a host that registers them under
 * names of its own (`customElements.define('my-profile', AccountProfile)`).
 */
export {};
