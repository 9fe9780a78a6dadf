/**
 * `dist/cdn/account-elements.js`: the whole library in one file for a page with no build step
 * (`<script type="module" src="https://cdn.jsdelivr.net/npm/account-elements/dist/cdn/account-elements.js">`).
 * Every tag is registered; the root entry's exports and `RestAdapter` come with it; Lit, zod and
 * @lit/* are inside. What loads on first use (the numbering plans, the other locales) stays in
 * sibling files, fetched relative to this one.
 */
export * from '../index.js';
export { RestAdapter, type RestAdapterOptions } from '../adapters/rest/index.js';
