export * from './actions.js';
export * from './announcer.js';
export * from './code-step.js';
export * from './identity-check.js';
export * from './messages.js';
export * from './section-element.js';
export * from './styles.js';
export * from './settings/index.js';
