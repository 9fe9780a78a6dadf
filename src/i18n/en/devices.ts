import { plural } from '../plural.js';
import { devicesName } from './section-names.js';

export const devices = {
  ...devicesName,
  description: 'The devices and browsers signed in to your account. Sign out any you do not recognise.',
  kinds: { desktop: 'Computer', mobile: 'Phone', tablet: 'Tablet', other: 'Device' },
  /** "Computer, macOS 15": the kind of device, and its system when known. */
  device: (kind: string, os: string | null) => (os === null ? kind : `${kind}, ${os}`),
  unknownBrowser: 'Unknown browser',
  /** A city and its country, when the backend knows both. */
  place: (city: string, country: string) => `${city}, ${country}`,
  thisDevice: 'This device',
  activeNow: 'Active now',
  lastActive: (when: string) => `Last active ${when}`,
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutOthers: 'Sign out all other devices',
  confirmHeading: (device: string) => `Sign out ${device}?`,
  confirmIntro: 'Whoever uses that device will have to sign in again, with your password, to get back in.',
  confirmOthersHeading: 'Sign out all other devices?',
  confirmOthersIntro:
    'Every device but this one will have to sign in again, with your password, to get back in.',
  confirmOthers: 'Sign out all others',
  signedOut: (device: string) => `${device} was signed out.`,
  signedOutOthers: (count: number) =>
    plural('en', count, {
      one: '# other device was signed out.',
      other: '# other devices were signed out.',
    }),
  onlyThisDevice: 'Only this device is signed in.',
} as const;
