import type { AccountAdapter, Role } from '../../api/index.js';
import type { RelyingParty } from './backend.js';
import type { SeedOptions } from './seed.js';
import type { Latency } from './timing.js';

export type AdapterMethod = keyof AccountAdapter;

export interface MemoryAdapterOptions {
  /** Who is signed in: the demo organisation's admin (Ada) or its member (Grace). Default `admin`. */
  user?: Role;
  /** The clock, in epoch milliseconds. Every expiry and cooldown reads it, so tests can move time. */
  now?: () => number;
  /** Delay before each answer, fixed or drawn between `min` and `max` ms, to show loading states. */
  latency?: Latency;
  /**
   * A `localStorage` key: the state is saved there after every change and loaded from it at
   * construction, so a demo survives a reload; and what another tab saves under the same key is
   * taken up, so two tabs share one backend as they would share a server (each keeps its own
   * signed-in person). `false` (the default) keeps it in memory only.
   */
  persist?: string | false;
  /** Methods that answer `unsupported`, as a backend without that feature would. */
  unsupported?: readonly AdapterMethod[];
  /**
   * Methods that need a fresh identity check: without a valid `reverificationToken` bought for
   * them they answer `reverification_required`. Default `STEP_UP_BY_DEFAULT` (revealing or
   * regenerating the API key, changing the cell number or email, deleting the account); `[]` turns
   * the check off.
   */
  reverify?: readonly AdapterMethod[];
  /** Changes to the demo data. */
  seed?: SeedOptions;
  /**
   * Where uploaded files (profile pictures, greetings) are kept and the URLs the answers give them.
   * Default: `blob:` URLs, which only the page that made them can load. A server must serve the
   * files itself: `npx account-elements mock-server` does, at `/files/...`.
   */
  files?: UploadedFiles;
  /**
   * Whom passkeys are made for: the RP ID (default the page's host name), the name authenticators
   * and authenticator apps show (default `Account Elements demo`), and the page origins a new
   * passkey may come from (default the page's own). In Node, with no page: `localhost` and
   * `http://localhost:5173`, the demo's.
   */
  relyingParty?: Partial<RelyingParty>;
}

/** What the answers call an uploaded file: a URL the elements can load it from. */
export interface UploadedFiles {
  /** Keeps `file` as `kind` of `owner` (an account id, or the organisation's greeting) and says its URL. */
  put(kind: string, owner: string, file: Blob): string;
  /** The URL `put` gave is no longer used. */
  release(url: string): void;
}
