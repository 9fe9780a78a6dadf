import * as z from 'zod/mini';

/** An ISO 8601 instant with its offset, as every answer carries times. */
export const timestamp = z.iso.datetime({ offset: true, error: 'invalid_format' });
