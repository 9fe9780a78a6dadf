/**
 * Every public element's class, without registering any tag: for a host that registers them under
 * names of its own (`customElements.define('my-profile', AccountProfile)`).
 */
export { AccountProvider } from './core/account-provider.js';
export { AccountProfile } from './elements/account-profile/account-profile.component.js';
export { PersonalPhone } from './elements/personal-phone/personal-phone.component.js';
export { EmailSettings } from './elements/email-settings/email-settings.component.js';
export { DeleteAccount } from './elements/delete-account/delete-account.component.js';
export { PasswordSettings } from './elements/password-settings/password-settings.component.js';
export { PlanUsage } from './elements/plan-usage/plan-usage.component.js';
export { ApiKey } from './elements/api-key/api-key.component.js';
export { SignedInDevices } from './elements/signed-in-devices/signed-in-devices.component.js';
export { PasskeySettings } from './elements/passkey-settings/passkey-settings.component.js';
export { TwoStepSettings } from './elements/two-step-settings/two-step-settings.component.js';
export { PhoneSettings } from './elements/phone-settings/phone-settings.component.js';
export { MessageSettings } from './elements/message-settings/message-settings.component.js';
export {
  SettingsSection,
  type SettingsField,
} from './elements/settings-section/settings-section.component.js';
export { SettingsMenu } from './elements/settings-menu/settings-menu.component.js';
export { AccountSettings } from './elements/account-settings/account-settings.component.js';
