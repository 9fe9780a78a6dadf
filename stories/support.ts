/**
 * What every story shares: a mock API per story (a `MemoryAdapter` served over MSW), and a decorator
 * that puts the story inside `<account-provider>` with a `RestAdapter` on that API, in the theme and
 * direction chosen in the toolbar (or the story's `locale`, whose direction wins). Stories thus reach
 * the backend over real `fetch`, as on a site.
 *
 *   export const Member: Story = { parameters: withMockApi({ user: 'member' }) };
 *   export const Offline: Story = { parameters: withMockApi({ failNext: { code: 'network' } }) };
 *   export const NoAdapter: Story = { parameters: withoutAdapter() };
 *   export const German: Story = { parameters: { locale: 'de' } };
 */
import type { Decorator, Loader, StoryContext } from '@storybook/web-components';
import type { HttpHandler } from 'msw';
import { html, nothing } from 'lit';
import {
  MemoryAdapter,
  type AdapterMethod,
  type FaultOptions,
  type Latency,
  type SeedOptions,
} from '../src/adapters/memory/index.js';
import { RestAdapter, type RestAdapterOptions } from '../src/adapters/rest/index.js';
import type { AccountErrorCode, Role } from '../src/api/index.js';
import '../src/elements/account-provider/account-provider.js';
import { directionOf as directionOfLocale } from '../src/i18n/index.js';
import { createHandlers } from '../src/mocks/index.js';

/** Where the mock API answers, and where the stories' `RestAdapter` sends its requests. */
export const BASE_URL = '/api';

/** A latency no story outlasts: the element stays in its loading state. */
export const NEVER = 2 ** 31 - 1;

/** A failure the backend answers with, before it does anything. */
export interface Fault extends FaultOptions {
  code: AccountErrorCode;
}

export interface MockApiOptions {
  /** Who is signed in. Default `admin`. */
  user?: Role;
  /** The backend's delay before each answer. Default 0; `NEVER` keeps a story loading. */
  latency?: Latency;
  /** Failures queued for the next calls, in order (each of one method, or of any). */
  failNext?: Fault | readonly Fault[];
  /** Methods the backend does not offer: they answer `unsupported`. */
  unsupported?: readonly AdapterMethod[];
  /** Methods that need a fresh identity check first. */
  reverify?: readonly AdapterMethod[];
  /** Changes to the demo data. */
  seed?: SeedOptions;
  /**
   * The `RestAdapter`'s own options. By default it does not retry, so a story's queued failure
   * shows instead of being retried away; the host's default (2 retries of a read) is one option away.
   */
  rest?: Omit<Partial<RestAdapterOptions>, 'baseUrl'>;
}

/** `parameters.account`: how the decorator connects the story. */
export interface AccountStoryParameters {
  /** `rest`: a `RestAdapter` on the mock API. `none`: no adapter anywhere, as on a page missing its setup. */
  adapter: 'rest' | 'none';
  rest?: Omit<Partial<RestAdapterOptions>, 'baseUrl'>;
  /**
   * Puts the story's backend back as the story declared it. Run before every render, so a story
   * shown again (or after another story of its file) starts from the same data.
   */
  prepare?: () => void;
  /** The story's backend, for a `play` function that reads the outbox (a function, so it is never serialized). */
  backend?: () => MemoryAdapter;
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    account?: AccountStoryParameters;
    /** The story's locale (a BCP 47 tag), given to the provider; English when left out. */
    locale?: string;
  }
}

/** What `withMockApi` returns: spread it into (or use it as) a story's `parameters`. */
export interface MockApiParameters {
  msw: { handlers: { api: HttpHandler[] } };
  account: AccountStoryParameters;
}

/**
 * A story's own mock API: a fresh `MemoryAdapter` with these options, served by MSW at `/api`.
 * The handlers go under the name `api` in `parameters.msw.handlers`, so a story's set replaces the
 * project default instead of adding to it.
 */
export function withMockApi(options: MockApiOptions = {}): MockApiParameters {
  const backend = new MemoryAdapter({
    user: options.user ?? 'admin',
    latency: options.latency ?? 0,
    unsupported: options.unsupported ?? [],
    reverify: options.reverify ?? [],
    seed: options.seed ?? {},
  });
  const faults: readonly Fault[] = options.failNext === undefined ? [] : [options.failNext].flat();
  const longWait = options.latency === NEVER ? { timeout: NEVER } : {};
  return {
    msw: { handlers: { api: createHandlers(backend, { baseUrl: BASE_URL }) } },
    account: {
      adapter: 'rest',
      rest: { retries: 0, ...longWait, ...options.rest },
      prepare: () => {
        backend.reset();
        for (const { code, ...fault } of faults) backend.failNext(code, fault);
      },
      backend: () => backend,
    },
  };
}

/** A story with no adapter at all: the element must tell the integrator what is missing. */
export function withoutAdapter(): { account: AccountStoryParameters } {
  return { account: { adapter: 'none' } };
}

/** The story's backend: in a `play` function, where to read the SMS code or email link "sent". */
export function mockBackend(context: Pick<StoryContext, 'parameters'>): MemoryAdapter {
  const backend = context.parameters.account?.backend?.();
  if (!backend) throw new Error('This story has no mock API: give it `parameters: withMockApi()`.');
  return backend;
}

/** The adapter the decorator gave the story's provider, for a story that sets one on an element. */
export function storyAdapter(context: Pick<StoryContext, 'loaded'>): RestAdapter | undefined {
  const adapter: unknown = context.loaded['accountAdapter'];
  return adapter instanceof RestAdapter ? adapter : undefined;
}

/**
 * Resets the story's backend and makes its adapter. A loader, not the decorator, so the adapter (and
 * with it the shared store) lives as long as the story is shown, not one render: changing a control
 * re-renders without reloading the data.
 */
export const prepareAccountStory: Loader = (context) => {
  const setup = context.parameters.account;
  if (!setup || setup.adapter === 'none') return { accountAdapter: undefined };
  setup.prepare?.();
  return { accountAdapter: new RestAdapter({ ...setup.rest, baseUrl: BASE_URL }) };
};

export type ThemeChoice = 'light' | 'dark' | 'system';
export type Direction = 'ltr' | 'rtl';

function themeOf(value: unknown): ThemeChoice {
  return value === 'dark' || value === 'system' ? value : 'light';
}

function directionOf(value: unknown): Direction {
  return value === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Wraps every story in a provider with its adapter, in the toolbar's theme and direction. A story
 * with a `locale` is a page in that language: the wrapper takes its `lang` and its direction.
 */
export const withAccountProvider: Decorator = (story, context) => {
  const theme = themeOf(context.globals['theme']);
  const locale = context.parameters.locale;
  const dir = locale ? directionOfLocale(locale) : directionOf(context.globals['dir']);
  // The canvas behind the story follows the theme too (see preview.css).
  document.documentElement.dataset['theme'] = theme;
  return html`
    <div class="ae-story" dir=${dir} lang=${locale ?? nothing}>
      <account-provider
        .adapter=${storyAdapter(context)}
        theme=${theme === 'system' ? 'auto' : theme}
        locale=${locale ?? nothing}
      >
        ${story()}
      </account-provider>
    </div>
  `;
};
