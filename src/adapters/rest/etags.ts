import { VERSIONED_RESOURCES, type VersionedResource } from '../../api/index.js';

export function isVersionedResource(path: string): path is VersionedResource {
  return (VERSIONED_RESOURCES as readonly string[]).includes(path);
}

/**
 * The last `ETag` seen for each versioned resource, so an update says which version it was made
 * against and the backend can refuse (412) instead of silently overwriting someone else's change.
 */
export class EtagStore {
  readonly #etags = new Map<VersionedResource, string>();

  get(resource: VersionedResource): string | undefined {
    return this.#etags.get(resource);
  }

  /** Keeps the answer's `ETag`; an answer without one leaves the last known version alone. */
  remember(resource: VersionedResource, headers: Headers): void {
    const etag = headers.get('ETag');
    if (etag) this.#etags.set(resource, etag);
  }
}
