import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { prepareAccountStory, withAccountProvider, withMockApi } from '../stories/support.js';
import './preview.css';

interface ManifestMember {
  privacy?: string;
}

/**
 * The manifest keeps private and protected members (internal state, render helpers), which are no
 * part of the public API: Storybook would list them as properties a host could set.
 */
function publicApiOnly<T>(value: T): T {
  if (Array.isArray(value)) return value.map(publicApiOnly) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] =
      key === 'members' && Array.isArray(child)
        ? child.filter(
            (member: ManifestMember) => member.privacy === undefined || member.privacy === 'public',
          )
        : publicApiOnly(child);
  }
  return copy as T;
}

// Docs pages list each element's properties, events, parts, slots and CSS properties from here.
setCustomElementsManifest(publicApiOnly(manifest));

async function startWorker() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Storybook's own modules and assets go through the worker too; only the API is mocked.
    onUnhandledRequest: 'bypass',
  });
  return worker;
}

const preview: Preview = {
  // Every element gets a docs page: its manifest entry, then each story.
  tags: ['autodocs'],
  loaders: [mswLoader(startWorker), prepareAccountStory],
  decorators: [withAccountProvider],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'Follow the system', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  parameters: {
    // Every story has a working backend (the demo data, signed in as the admin) unless it says otherwise.
    ...withMockApi(),
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      // MSW's handlers belong to a page, and each story has its own backend: stories sharing one
      // docs page would overwrite each other's handlers, so each is shown in a frame of its own.
      // A story taller than this (an open dialog) sets its own `docs.story.height`.
      story: { inline: false, height: '560px' },
    },
  },
};

export default preview;
