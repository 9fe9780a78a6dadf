import { html, nothing, type TemplateResult } from 'lit';
import type { OutboxMessage } from '../src/api/index.js';

/** What became of following one email link. */
export type FollowState =
  { status: 'following' } | { status: 'confirmed'; email: string } | { status: 'failed'; code: string };

export interface OutboxHandlers {
  follow: (message: OutboxMessage) => void;
  copy: (message: OutboxMessage) => void;
}

const PURPOSES: Record<OutboxMessage['purpose'], string> = {
  phone_change: 'Verify your new number',
  password_reset: 'Reset your password',
  email_change: 'Confirm your new email',
  reverification: 'Confirm it is you',
  password_changed: 'Notice: your password was changed',
  phone_changed: 'Notice: your cell number was changed to another one',
  email_changed: 'Notice: your email was changed to another address',
  email_in_use: 'Notice: someone tried to move an account to this address, which already has one',
};

const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function ago(sentAt: string, now: number): string {
  const seconds = Math.round((Date.parse(sentAt) - now) / 1000);
  if (seconds > -45) return relativeTime.format(Math.min(0, seconds), 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes > -60) return relativeTime.format(minutes, 'minute');
  return relativeTime.format(Math.round(minutes / 60), 'hour');
}

/** The memory backend's outbox, newest first: where a person would read the code on their phone. */
export function outboxList(
  messages: readonly OutboxMessage[],
  follows: ReadonlyMap<string, FollowState>,
  handlers: OutboxHandlers,
  now: number,
): TemplateResult {
  if (messages.length === 0) {
    return html`<p class="muted">
      Nothing sent yet. Start a phone, email or password change to see it arrive here.
    </p>`;
  }
  return html`
    <ol class="outbox-list">
      ${[...messages].reverse().map((message) => outboxItem(message, follows.get(message.id), handlers, now))}
    </ol>
  `;
}

function outboxItem(
  message: OutboxMessage,
  follow: FollowState | undefined,
  handlers: OutboxHandlers,
  now: number,
): TemplateResult {
  const sms = message.channel === 'sms';
  return html`
    <li class="outbox-item" data-channel=${message.channel}>
      <div class="outbox-head">
        <span class="badge">${sms ? 'SMS' : 'Email'}</span>
        <span class="outbox-to"><bdi>${message.to}</bdi></span>
        <time datetime=${message.sentAt}>${ago(message.sentAt, now)}</time>
      </div>
      <div class="outbox-purpose">${PURPOSES[message.purpose]}</div>
      ${
        message.secret === ''
          ? nothing
          : sms
            ? html`
                <div class="outbox-secret">
                  <code class="code">${message.secret}</code>
                  <button type="button" class="small" @click=${() => handlers.copy(message)}>Copy</button>
                </div>
              `
            : html`
                <div class="outbox-secret">
                  <code class="link" title=${message.secret}
                    >…/confirm-email?token=${message.secret.slice(0, 8)}…</code
                  >
                  <button
                    type="button"
                    class="small primary"
                    ?disabled=${follow?.status === 'following'}
                    @click=${() => handlers.follow(message)}
                  >
                    Follow link
                  </button>
                </div>
                ${followStatus(follow)}
              `
      }
    </li>
  `;
}

function followStatus(follow: FollowState | undefined): TemplateResult | typeof nothing {
  switch (follow?.status) {
    case 'following':
      return html`<p class="muted small">Opening the link…</p>`;
    case 'confirmed':
      return html`<p class="success-text small">Confirmed: the account's email is now ${follow.email}.</p>`;
    case 'failed':
      return html`<p class="error-text small">The link did not work: <code>${follow.code}</code>.</p>`;
    default:
      return nothing;
  }
}
