export { RestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './options.js';
