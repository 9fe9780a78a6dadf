/**
 * `account-elements/react`: a React component for every public element, made with `@lit/react`, so
 * a React app passes objects as properties (`adapter={…}`, `fields={[…]}`), not as attributes, and
 * listens with typed `on…` props (`onAccountProfileUpdated={(event) => event.account}`). Importing
 * this module registers every tag, as `account-elements` does.
 *
 * React 19 can also render the tags themselves (`<account-profile>`); the JSX types for that are
 * `account-elements/jsx` (see the README). These wrappers work with React 18 too.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { AccountProfile as AccountProfileElement } from '../elements/account-profile/account-profile.js';
import { AccountProvider as AccountProviderElement } from '../elements/account-provider/account-provider.js';
import { AccountSettings as AccountSettingsElement } from '../elements/account-settings/account-settings.js';
import { ApiKey as ApiKeyElement } from '../elements/api-key/api-key.js';
import { DeleteAccount as DeleteAccountElement } from '../elements/delete-account/delete-account.js';
import { EmailSettings as EmailSettingsElement } from '../elements/email-settings/email-settings.js';
import { MessageSettings as MessageSettingsElement } from '../elements/message-settings/message-settings.js';
import { PasswordSettings as PasswordSettingsElement } from '../elements/password-settings/password-settings.js';
import { PersonalPhone as PersonalPhoneElement } from '../elements/personal-phone/personal-phone.js';
import { PhoneSettings as PhoneSettingsElement } from '../elements/phone-settings/phone-settings.js';
import { PlanUsage as PlanUsageElement } from '../elements/plan-usage/plan-usage.js';
import { SettingsMenu as SettingsMenuElement } from '../elements/settings-menu/settings-menu.js';
import { SettingsSection as SettingsSectionElement } from '../elements/settings-section/settings-section.js';
import {
  AccountApiKeyRegeneratedEvent,
  AccountAvatarUpdatedEvent,
  AccountDeletedEvent,
  AccountEmailChangeRequestedEvent,
  AccountEmailUpdatedEvent,
  AccountMessageSettingsUpdatedEvent,
  AccountNotificationsUpdatedEvent,
  AccountPasswordUpdatedEvent,
  AccountPhoneUpdatedEvent,
  AccountProfileUpdatedEvent,
  AccountSalesChatRequestedEvent,
  AccountSettingsRequestedEvent,
  AccountSettingsSavedEvent,
  AccountUpgradeRequestedEvent,
  AccountVoiceSettingsUpdatedEvent,
} from '../events/index.js';

/** An event class's name, typed so that the `on…` prop's handler receives an instance of that class. */
const named = <E extends Event>(event: { readonly eventName: string; prototype: E }) =>
  event.eventName as EventName<E>;

const profileEvents = {
  onAccountProfileUpdated: named(AccountProfileUpdatedEvent),
  onAccountAvatarUpdated: named(AccountAvatarUpdatedEvent),
};
const phoneEvents = { onAccountPhoneUpdated: named(AccountPhoneUpdatedEvent) };
const passwordEvents = { onAccountPasswordUpdated: named(AccountPasswordUpdatedEvent) };
const emailEvents = {
  onAccountEmailChangeRequested: named(AccountEmailChangeRequestedEvent),
  onAccountEmailUpdated: named(AccountEmailUpdatedEvent),
  onAccountNotificationsUpdated: named(AccountNotificationsUpdatedEvent),
};
const planEvents = {
  onAccountUpgradeRequested: named(AccountUpgradeRequestedEvent),
  onAccountSalesChatRequested: named(AccountSalesChatRequestedEvent),
};
const voiceEvents = { onAccountVoiceSettingsUpdated: named(AccountVoiceSettingsUpdatedEvent) };
const messageEvents = { onAccountMessageSettingsUpdated: named(AccountMessageSettingsUpdatedEvent) };
const apiKeyEvents = { onAccountApiKeyRegenerated: named(AccountApiKeyRegeneratedEvent) };
const deleteEvents = { onAccountDeleted: named(AccountDeletedEvent) };

export const AccountProvider = createComponent({
  react: React,
  tagName: 'account-provider',
  elementClass: AccountProviderElement,
  displayName: 'AccountProvider',
});

/** The whole page. Its sections' events bubble out of it, so it takes their `on…` props too. */
export const AccountSettings = createComponent({
  react: React,
  tagName: 'account-settings',
  elementClass: AccountSettingsElement,
  displayName: 'AccountSettings',
  events: {
    ...profileEvents,
    ...phoneEvents,
    ...passwordEvents,
    ...emailEvents,
    ...planEvents,
    ...voiceEvents,
    ...messageEvents,
    ...apiKeyEvents,
    ...deleteEvents,
  },
});

export const AccountProfile = createComponent({
  react: React,
  tagName: 'account-profile',
  elementClass: AccountProfileElement,
  displayName: 'AccountProfile',
  events: profileEvents,
});

export const PersonalPhone = createComponent({
  react: React,
  tagName: 'personal-phone',
  elementClass: PersonalPhoneElement,
  displayName: 'PersonalPhone',
  events: phoneEvents,
});

export const PasswordSettings = createComponent({
  react: React,
  tagName: 'password-settings',
  elementClass: PasswordSettingsElement,
  displayName: 'PasswordSettings',
  events: passwordEvents,
});

export const EmailSettings = createComponent({
  react: React,
  tagName: 'email-settings',
  elementClass: EmailSettingsElement,
  displayName: 'EmailSettings',
  events: emailEvents,
});

export const PlanUsage = createComponent({
  react: React,
  tagName: 'plan-usage',
  elementClass: PlanUsageElement,
  displayName: 'PlanUsage',
  events: planEvents,
});

export const PhoneSettings = createComponent({
  react: React,
  tagName: 'phone-settings',
  elementClass: PhoneSettingsElement,
  displayName: 'PhoneSettings',
  events: voiceEvents,
});

export const MessageSettings = createComponent({
  react: React,
  tagName: 'message-settings',
  elementClass: MessageSettingsElement,
  displayName: 'MessageSettings',
  events: messageEvents,
});

export const SettingsSection = createComponent({
  react: React,
  tagName: 'settings-section',
  elementClass: SettingsSectionElement,
  displayName: 'SettingsSection',
  events: { onAccountSettingsSaved: named(AccountSettingsSavedEvent) },
});

export const ApiKey = createComponent({
  react: React,
  tagName: 'api-key',
  elementClass: ApiKeyElement,
  displayName: 'ApiKey',
  events: apiKeyEvents,
});

export const DeleteAccount = createComponent({
  react: React,
  tagName: 'delete-account',
  elementClass: DeleteAccountElement,
  displayName: 'DeleteAccount',
  events: deleteEvents,
});

export const SettingsMenu = createComponent({
  react: React,
  tagName: 'settings-menu',
  elementClass: SettingsMenuElement,
  displayName: 'SettingsMenu',
  events: { onAccountSettingsRequested: named(AccountSettingsRequestedEvent) },
});
