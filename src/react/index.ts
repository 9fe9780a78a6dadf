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
// Rendered by its tag below (the import registers it), not wrapped by @lit/react.
import '../elements/account-settings/account-settings.js';
import type { AccountSettings as AccountSettingsElement } from '../elements/account-settings/account-settings.js';
import {
  SECTION_ATTRIBUTE,
  arrangement,
  sectionHeadingLevel,
} from '../elements/account-settings/sections.js';
import { ApiKey as ApiKeyElement } from '../elements/api-key/api-key.js';
import { PasskeySettings as PasskeySettingsElement } from '../elements/passkey-settings/passkey-settings.js';
import { DeleteAccount as DeleteAccountElement } from '../elements/delete-account/delete-account.js';
import { EmailSettings as EmailSettingsElement } from '../elements/email-settings/email-settings.js';
import { MessageSettings as MessageSettingsElement } from '../elements/message-settings/message-settings.js';
import { PasswordSettings as PasswordSettingsElement } from '../elements/password-settings/password-settings.js';
import { PersonalPhone as PersonalPhoneElement } from '../elements/personal-phone/personal-phone.js';
import { PhoneSettings as PhoneSettingsElement } from '../elements/phone-settings/phone-settings.js';
import { PlanUsage as PlanUsageElement } from '../elements/plan-usage/plan-usage.js';
import { SettingsMenu as SettingsMenuElement } from '../elements/settings-menu/settings-menu.js';
import { SettingsSection as SettingsSectionElement } from '../elements/settings-section/settings-section.js';
import { SignedInDevices as SignedInDevicesElement } from '../elements/signed-in-devices/signed-in-devices.js';
import { TwoStepSettings as TwoStepSettingsElement } from '../elements/two-step-settings/two-step-settings.js';
import {
  AccountApiKeyRegeneratedEvent,
  AccountPasskeyAddedEvent,
  AccountPasskeyRemovedEvent,
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
  AccountSessionRevokedEvent,
  AccountSettingsRequestedEvent,
  AccountSettingsSavedEvent,
  AccountTwoStepChangedEvent,
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
const devicesEvents = { onAccountSessionRevoked: named(AccountSessionRevokedEvent) };
const deleteEvents = { onAccountDeleted: named(AccountDeletedEvent) };
const twoStepEvents = { onAccountTwoStepChanged: named(AccountTwoStepChangedEvent) };

export const AccountProvider = createComponent({
  react: React,
  tagName: 'account-provider',
  elementClass: AccountProviderElement,
  displayName: 'AccountProvider',
});

const pageEvents = {
  ...profileEvents,
  ...phoneEvents,
  ...passwordEvents,
  ...emailEvents,
  ...planEvents,
  ...voiceEvents,
  ...messageEvents,
  ...apiKeyEvents,
  ...devicesEvents,
  ...deleteEvents,
};

type Handlers<E extends Record<string, string>> = {
  [K in keyof E]?: (event: E[K] extends EventName<infer T> ? T : Event) => void;
};

export type AccountSettingsProps = React.HTMLAttributes<AccountSettingsElement> &
  Partial<
    Pick<AccountSettingsElement, 'sections' | 'hide' | 'headingLevel' | 'locale' | 'theme' | 'adapter'>
  > &
  Handlers<typeof pageEvents>;

/**
 * The whole page. Its sections' events bubble out of it, so it takes their `on…` props too.
 *
 * The page makes its sections as its children. On a server-rendered page (Next.js, Remix) the
 * element upgrades before React hydrates it, and sections it added then would be markup React never
 * rendered: React would throw the page away and render it again on the client. So this renders the
 * sections itself, those the page would make, in its order, and the page finds them there and adds
 * nothing. For the same reason `sections`, `hide`, `headingLevel`, `locale` and `theme` are
 * attributes, in the server's markup where the element reads them as it upgrades; the adapter and
 * the handlers are set once React has mounted it, as `@lit/react` does for the other elements. A
 * host's own sections come as children, with `data-section` and `data-label`, as on any page.
 */
export const AccountSettings = React.forwardRef<AccountSettingsElement, AccountSettingsProps>(
  function AccountSettings(props, ref) {
    const { sections, hide, headingLevel = 2, locale, theme, adapter, children, className, ...rest } = props;
    const element = React.useRef<AccountSettingsElement | null>(null);
    const handlers = React.useRef(rest);
    handlers.current = rest;
    const html: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) if (!(key in pageEvents)) html[key] = value;

    React.useLayoutEffect(() => {
      if (element.current) element.current.adapter = adapter;
    }, [adapter]);
    // One listener per event for the element's life, calling whatever handler the props hold now.
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node) return undefined;
      const removal = new AbortController();
      for (const [prop, name] of Object.entries(pageEvents)) {
        node.addEventListener(
          name,
          (event) =>
            (handlers.current as Record<string, ((event: Event) => void) | undefined>)[prop]?.(event),
          { signal: removal.signal },
        );
      }
      return () => removal.abort();
    }, []);

    const level = String(sectionHeadingLevel(headingLevel));
    const hosted = new Map<string, React.ReactNode>();
    const others: React.ReactNode[] = [];
    for (const child of React.Children.toArray(children)) {
      const id = React.isValidElement<Record<string, unknown>>(child)
        ? child.props[SECTION_ATTRIBUTE]
        : undefined;
      if (typeof id === 'string') hosted.set(id, child);
      else others.push(child);
    }
    const { order, made } = arrangement(sections, hide, [...hosted.keys()]);
    for (const { id, tag } of made) {
      hosted.set(id, React.createElement(tag, { key: id, [SECTION_ATTRIBUTE]: id, 'heading-level': level }));
    }
    return React.createElement(
      'account-settings',
      {
        ...html,
        class: className,
        sections,
        hide,
        'heading-level': String(headingLevel),
        locale,
        theme,
        // What the element itself changes on its host (lang, dir) is its own, not a mismatch.
        suppressHydrationWarning: true,
        ref: (node: AccountSettingsElement | null) => {
          element.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        },
      },
      ...order.map((id) => hosted.get(id)),
      ...others,
    );
  },
);

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

export const SignedInDevices = createComponent({
  react: React,
  tagName: 'signed-in-devices',
  elementClass: SignedInDevicesElement,
  displayName: 'SignedInDevices',
  events: devicesEvents,
});

export const PasskeySettings = createComponent({
  react: React,
  tagName: 'passkey-settings',
  elementClass: PasskeySettingsElement,
  displayName: 'PasskeySettings',
  events: {
    onAccountPasskeyAdded: named(AccountPasskeyAddedEvent),
    onAccountPasskeyRemoved: named(AccountPasskeyRemovedEvent),
  },
});

export const TwoStepSettings = createComponent({
  react: React,
  tagName: 'two-step-settings',
  elementClass: TwoStepSettingsElement,
  displayName: 'TwoStepSettings',
  events: twoStepEvents,
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
