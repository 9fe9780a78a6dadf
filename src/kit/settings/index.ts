export * from './settings-element.js';
export * from './settings-source.js';
export * from './settings-fields.js';
export * from './settings-errors.js';
export * from './settings-files.js';
export * from './settings-styles.js';
export { settingsFields, type SettingsView } from './settings-view.js';
export { KeywordEntries } from './keywords-view.js';
