/**
 * The contract: every entity of the settings page, written once with zod/mini. Types are inferred
 * from these schemas; adapters parse every answer with them and elements validate input with them.
 *
 * Check messages are field-error codes (`required`, `too_long`, ...), not prose: an element turns a
 * code into text from its message catalog, so one schema serves every locale.
 */
// One module per area, so a bundle takes only the areas its elements use: zod/mini's checks are
// method calls that bundlers cannot drop one by one, but they drop a whole module nobody imports.
export * from './schemas/codes.js';
export * from './schemas/contact.js';
export * from './schemas/plan.js';
export * from './schemas/profile.js';
export * from './schemas/security.js';
export * from './schemas/settings.js';
export * from './schemas/sign-in.js';
export * from './schemas/timestamp.js';
