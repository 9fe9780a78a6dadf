import * as z from 'zod/mini';
import { timestamp } from './timestamp.js';

/** One metered thing; `limit` null means unlimited. */
export const usage = z.object({
  used: z.number().check(z.gte(0)),
  limit: z.nullable(z.number().check(z.gte(0))),
});
export type Usage = z.infer<typeof usage>;
export const USAGE_KINDS = ['minutes', 'messages', 'groups', 'apiRequests'] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export const price = z.object({
  /** In the currency's minor unit (cents). */
  amount: z.number().check(z.int(), z.gte(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  interval: z.enum(['month', 'year']),
});
export type Price = z.infer<typeof price>;

export const limits = z.object({
  minutes: z.nullable(z.number()),
  messages: z.nullable(z.number()),
  groups: z.nullable(z.number()),
  apiRequests: z.nullable(z.number()),
});

export const plan = z.object({
  id: z.string(),
  name: z.string(),
  cycleStart: timestamp,
  cycleEnd: timestamp,
  usage: z.object({ minutes: usage, messages: usage, groups: usage, apiRequests: usage }),
  /** Where "chat with sales" leads by default; null when the backend offers none. */
  salesChatUrl: z.nullable(z.string()),
});
export type Plan = z.infer<typeof plan>;

/** A plan one can move to. */
export const planOption = z.object({
  id: z.string(),
  name: z.string(),
  price: z.nullable(price),
  limits,
  current: z.boolean(),
  /** Only sales can sell it (no self-serve checkout). */
  contactSales: z.boolean(),
});
export type PlanOption = z.infer<typeof planOption>;
export const planOptions = z.array(planOption);

export const checkout = z.object({ url: z.string() });
export type Checkout = z.infer<typeof checkout>;
