import { plural, type PluralForms } from '../plural.js';
import { n } from './number.js';
import { planName } from './section-names.js';

/** What a plan counts and limits: the contract's kinds of usage. */
export type UsageUnit = 'minutes' | 'messages' | 'groups' | 'apiRequests';

/** Each kind of usage: its name in the plural, and a count of it as a phrase ("1 minute", "3,000 minutes"). */
const USAGE_UNITS: Record<UsageUnit, { plural: string; count: PluralForms }> = {
  minutes: { plural: 'minutes', count: { one: '# minute', other: '# minutes' } },
  messages: { plural: 'messages', count: { one: '# message', other: '# messages' } },
  groups: { plural: 'groups', count: { one: '# group', other: '# groups' } },
  apiRequests: { plural: 'API requests', count: { one: '# API request', other: '# API requests' } },
};

const usage = (kind: UsageUnit, count: number): string => plural('en', count, USAGE_UNITS[kind].count);

export const plan = {
  ...planName,
  description: 'Your plan, this billing cycle, and how much of it is used.',
  planLabel: 'Plan',
  cycle: (start: string, end: string) => `This cycle started on ${start} and resets on ${end}.`,
  usageLabel: 'Usage this cycle',
  kinds: { minutes: 'Minutes', messages: 'Messages', groups: 'Groups', apiRequests: 'API requests' },
  // Each count is said whole, number and words together, by the sentence it is in: a language
  // may word a count by its place (Arabic says «دقيقتان» alone, «من دقيقتين» after "of").
  usedOf: (kind: UsageUnit, used: number, limit: number) => `${n(used)} of ${usage(kind, limit)}`,
  usedUnlimited: (kind: UsageUnit, used: number) => `${usage(kind, used)}, unlimited`,
  withinLimit: 'Within the limit.',
  nearLimit: 'Near the limit.',
  limitReached: 'Limit reached.',
  projection: (kind: UsageUnit, about: number, date: string) =>
    `At this rate: about ${usage(kind, about)} by ${date}.`,
  runsOut: (date: string) => `At this rate, it runs out around ${date}.`,
  upgrade: 'Upgrade',
  salesChat: 'Chat with Sales',
  salesUnreachable:
    'The sales chat cannot be opened from here. To talk to sales, ask an admin of your account or use the contact details on our website.',
  upgradeHeading: 'Change your plan',
  upgradeIntro: 'Compare the plans: what each includes per cycle, and its price.',
  plansLabel: 'Plans',
  current: 'Current plan',
  price: (amount: string, interval: 'month' | 'year') =>
    interval === 'month' ? `${amount} per month` : `${amount} per year`,
  customPrice: 'Price on request',
  limit: (kind: UsageUnit, amount: number) => usage(kind, amount),
  unlimited: (kind: UsageUnit) => `Unlimited ${USAGE_UNITS[kind].plural}`,
  choose: (name: string) => `Choose ${name}`,
  opening: 'Opening the checkout…',
  redirecting: 'Taking you to the checkout page…',
  salesOnly: 'Sold by our sales team.',
  talkToSales: (name: string) => `Talk to sales about ${name}`,
  askAdmin: (name: string) => `Ask an admin of your account to switch to ${name}.`,
  adminOnly: 'Only an admin can change the plan. Ask an admin of your account.',
  checkoutUnsafe: 'The checkout page could not be opened safely. Try again later or contact support.',
} as const;
