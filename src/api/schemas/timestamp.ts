import { _isoDateTime } from 'zod/v4/core';
import { ZodMiniISODateTime } from 'zod/mini';

/**
 * An ISO 8601 instant with its offset, as every answer carries times. (`z.iso.datetime` made from
 * its parts: reaching it through the `z.iso` namespace keeps every ISO format in a host's bundle.)
 */
export const timestamp = _isoDateTime(ZodMiniISODateTime, { offset: true, error: 'invalid_format' });
