export * from './account-profile-updated.js';
export * from './account-avatar-updated.js';
