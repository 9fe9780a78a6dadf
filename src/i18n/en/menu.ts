export const menu = {
  button: 'Settings',
  buttonFor: (name: string) => `Settings for ${name}`,
  mySettings: 'My Settings',
} as const;
