/**
 * The README's "A section of your own", as code a test and a story run: a host's settings with its
 * own schema, fields, and `load` and `save` (here on a small in-page backend instead of `fetch`).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import { AccountError, type CallOptions } from '../../src/api/index.js';
import type { SettingsField } from '../../src/elements/settings-section/settings-section.component.js';

export const inboxSettings = z
  .object({
    shared: z.boolean(),
    assignTo: z.nullable(z.string().check(z.trim(), z.maxLength(40, 'too_long'))),
    priority: z.enum(['low', 'normal', 'high']),
    remindAfter: z
      .number('required')
      .check(z.int('out_of_range'), z.gte(5, 'out_of_range'), z.lte(120, 'out_of_range')),
  })
  .check(
    z.refine((inbox) => !inbox.shared || inbox.assignTo !== null, {
      path: ['assignTo'],
      message: 'required',
    }),
  );
export type InboxSettings = z.infer<typeof inboxSettings>;

export const INBOX_FIELDS: readonly SettingsField[] = [
  { kind: 'switch', path: 'shared', label: 'Shared inbox', help: 'Everyone on the team sees new texts.' },
  { kind: 'text', path: 'assignTo', label: 'Assign new texts to', showWhen: { path: 'shared', is: true } },
  {
    kind: 'select',
    path: 'priority',
    label: 'Priority of new texts',
    choices: [
      { value: 'low', label: 'Low' },
      { value: 'normal', label: 'Normal' },
      { value: 'high', label: 'High' },
    ],
  },
  { kind: 'number', path: 'remindAfter', label: 'Remind me after (minutes)' },
];

/** The README's section as a host writes it, on this backend (in a theme, when given). */
export function teamInboxSection(backend: InboxBackend, theme?: 'light' | 'dark'): TemplateResult {
  return html`<settings-section
    id="team-inbox"
    theme=${ifDefined(theme)}
    heading-text="Team inbox"
    description-text="Who answers the texts your business number receives."
    .fields=${INBOX_FIELDS}
    .schema=${inboxSettings}
    .load=${backend.load}
    .save=${backend.save}
  ></settings-section>`;
}

/** The host's backend for the inbox settings: what it stores, what it was sent, how it refuses. */
export class InboxBackend {
  stored: InboxSettings = { shared: false, assignTo: null, priority: 'normal', remindAfter: 15 };
  readonly saves: InboxSettings[] = [];
  /** The team, by name: assigning to anyone else is refused, as only the backend knows who is in it. */
  team = ['Ada', 'Grace'];
  /** The next save fails with this, once. */
  failNext?: AccountError;

  readonly load = async (_options: { signal: AbortSignal }): Promise<InboxSettings> =>
    structuredClone(this.stored);

  readonly save = async (settings: unknown, _options: CallOptions): Promise<InboxSettings> => {
    const inbox = settings as InboxSettings;
    this.saves.push(inbox);
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    if (inbox.assignTo !== null && !this.team.includes(inbox.assignTo)) {
      const fields = { assignTo: { code: 'unknown_member', message: 'Nobody on the team has that name' } };
      throw new AccountError('validation', 'The inbox settings were refused', { fields });
    }
    this.stored = structuredClone(inbox);
    return structuredClone(this.stored);
  };
}
