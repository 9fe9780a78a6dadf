/**
 * `account-elements`: importing this registers every element's tag and exposes the contract, the
 * page-wide `configure()`, the events and the classes. The same exports without a tag registered
 * are `account-elements/setup`, for a page that uses a few elements and pays for those alone.
 */
import './elements/account-provider/account-provider.js';
import './elements/account-settings/account-settings.js';
import './elements/account-profile/account-profile.js';
import './elements/personal-phone/personal-phone.js';
import './elements/email-settings/email-settings.js';
import './elements/delete-account/delete-account.js';
import './elements/password-settings/password-settings.js';
import './elements/plan-usage/plan-usage.js';
import './elements/api-key/api-key.js';
import './elements/signed-in-devices/signed-in-devices.js';
import './elements/passkey-settings/passkey-settings.js';
import './elements/two-step-settings/two-step-settings.js';
import './elements/phone-settings/phone-settings.js';
import './elements/message-settings/message-settings.js';
import './elements/settings-section/settings-section.js';
import './elements/settings-menu/settings-menu.js';

export * from './setup.js';
