import { apiKey } from './en/api-key.js';
import { common } from './en/common.js';
import { deleteAccount } from './en/delete-account.js';
import { devices } from './en/devices.js';
import { email } from './en/email.js';
import { errors } from './en/errors.js';
import { fields } from './en/fields.js';
import { menu } from './en/menu.js';
import { messages } from './en/messages.js';
import { passkeys } from './en/passkeys.js';
import { password } from './en/password.js';
import { phone } from './en/phone.js';
import { plan } from './en/plan.js';
import { profile } from './en/profile.js';
import { reverify } from './en/reverify.js';
import { settings } from './en/settings.js';
import { settingsSection } from './en/settings-section.js';
import { twoStep } from './en/two-step.js';
import { verification } from './en/verification.js';
import { voice } from './en/voice.js';

export type { UsageUnit } from './en/plan.js';

/**
 * The English catalog: every string the elements show. A new locale is one file with the type
 * `Catalog`; the compiler lists whatever it is missing. A count goes through `plural`, a number
 * through `formatNumber`, so each locale says and writes them its own way.
 */
export const en = {
  common,
  errors,
  fields,
  reverify,
  verification,
  profile,
  phone,
  deleteAccount,
  email,
  password,
  apiKey,
  devices,
  passkeys,
  twoStep,
  plan,
  menu,
  settingsSection,
  voice,
  messages,
  settings,
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every locale's catalog has. */
export type Catalog = Widen<typeof en>;
