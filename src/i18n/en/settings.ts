export const settings = {
  heading: 'My Settings',
  security: 'Security',
  navigation: 'Settings sections',
  sections: 'Sections',
  sectionsMenu: (current: string) => `Go to: ${current}`,
  sectionUnavailable:
    'This section could not be fetched. Check your connection: it loads by itself once you are back online.',
} as const;
