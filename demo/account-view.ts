import { html, nothing, type TemplateResult } from 'lit';
import type { Account, AccountError } from '../src/api/index.js';

export type AccountView =
  { status: 'loading' } | { status: 'ready'; account: Account } | { status: 'error'; error: AccountError };

/** The signed-in account as the page reads it through the adapter, before any element is on it. */
export function accountSummary(view: AccountView, retry: () => void): TemplateResult {
  switch (view.status) {
    case 'loading':
      return html`<p class="muted">Loading the account…</p>`;
    case 'error':
      return html`
        <p class="error-text">
          Could not load the account: <code>${view.error.code}</code> (${view.error.message}).
        </p>
        <button type="button" @click=${retry}>Try again</button>
      `;
    case 'ready': {
      const { account } = view;
      return html`
        <dl class="summary">
          <dt>Name</dt>
          <dd>${account.name}</dd>
          <dt>Username</dt>
          <dd><bdi>@${account.username}</bdi></dd>
          <dt>Email</dt>
          <dd>
            <bdi>${account.email}</bdi>
            ${account.pendingEmail ? html`<span class="badge">pending: <bdi>${account.pendingEmail}</bdi></span>` : nothing}
          </dd>
          <dt>Personal cell</dt>
          <dd><bdi>${account.phone ?? '—'}</bdi></dd>
          <dt>Role</dt>
          <dd>${account.role}</dd>
        </dl>
      `;
    }
  }
}
