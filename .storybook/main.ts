import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { keepRegistrations } from '../scripts/registrations.mjs';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // `public/` holds MSW's `mockServiceWorker.js`: it must be served at the root, because a service
  // worker only controls pages at or below its own path.
  staticDirs: ['../public'],
  core: {
    // Builds run offline (CI, this machine); there is nobody to send telemetry or fetch news from.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Stories import the elements' sources; their registration must survive the production build.
      plugins: [keepRegistrations()],
      optimizeDeps: {
        // Storybook's renderer imports this one module of Lit itself. Left out of the pre-bundle, it
        // would load a second copy of lit-html beside the pre-bundled one, in dev only.
        include: ['lit/directive-helpers.js'],
      },
      server: {
        // Test runs and builds write here; none of it is a reason to reload the stories.
        watch: { ignored: ['**/coverage/**', '**/dist/**', '**/storybook-static/**', '**/bench-results/**'] },
      },
    }),
};

export default config;
