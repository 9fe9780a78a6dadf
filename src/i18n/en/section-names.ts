/**
 * The sections' names, apart from the rest of their words: the page's navigation shows every
 * name, and a placeholder a late section's, before that section's own code (and its words, which
 * come with it) is there.
 *
 * One constant per section, so that a section's words, which spread its name, carry no other name.
 */
export const profileName = {
  heading: 'Profile',
} as const;

export const phoneName = {
  heading: 'Personal cell number',
} as const;

export const passwordName = {
  heading: 'Password',
} as const;

export const planName = {
  heading: 'Plan and usage',
} as const;

export const emailName = {
  heading: 'Email',
} as const;

export const voiceName = {
  heading: 'Calls',
} as const;

export const messagesName = {
  heading: 'Text messages',
} as const;

export const apiKeyName = {
  heading: 'API key',
} as const;

export const passkeysName = {
  heading: 'Passkeys',
} as const;

export const twoStepName = {
  heading: 'Two-step verification',
} as const;

export const devicesName = {
  heading: 'Where you are signed in',
  navLabel: 'Signed-in devices',
} as const;

export const deleteAccountName = {
  heading: 'Delete account',
} as const;

/** Every name, as the page registers them. */
export const sectionNames = {
  profile: profileName,
  phone: phoneName,
  password: passwordName,
  plan: planName,
  email: emailName,
  voice: voiceName,
  messages: messagesName,
  apiKey: apiKeyName,
  passkeys: passkeysName,
  twoStep: twoStepName,
  devices: devicesName,
  deleteAccount: deleteAccountName,
};
