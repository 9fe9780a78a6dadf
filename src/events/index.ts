export * from './account-event.js';
export * from './account-profile-updated.js';
export * from './account-avatar-updated.js';
export * from './account-phone-updated.js';
export * from './account-password-updated.js';
export * from './account-email-change-requested.js';
export * from './account-email-updated.js';
export * from './account-notifications-updated.js';
