import { html, type TemplateResult } from 'lit';
import type { Account } from '../../api/index.js';
import { safeUrl } from '../../core/index.js';
import { initials } from '../../kit/initials.js';

/** The picture is decoration here: the name stands next to it. */
export function personView(
  texts: { roleAdmin: string; roleMember: string },
  account: Account,
): TemplateResult {
  const picture = safeUrl(account.avatarUrl);
  return html`
    ${
      picture
        ? html`<img class="avatar" part="avatar" src=${picture} alt="" />`
        : html`<span class="avatar avatar--initials" part="avatar" aria-hidden="true"
            >${initials(account.name)}</span
          >`
    }
    <span class="person-text">
      <span class="person-name" part="name">${account.name}</span>
      <span class="person-role" part="role"
        >${account.role === 'admin' ? texts.roleAdmin : texts.roleMember}</span
      >
    </span>
  `;
}

/**
 * "My Settings": a link to `href` when there is one, else a button; choosing it calls `onChosen`
 * either way (bound to the menu, the element's own listener).
 */
export function settingsItem(
  label: string,
  href: string | undefined,
  onChosen: (event: MouseEvent) => void,
): TemplateResult {
  return href === undefined
    ? html`<button
        id="settings-item"
        class="item"
        part="item settings-item"
        type="button"
        role="menuitem"
        tabindex="-1"
        @click=${onChosen}
      >
        ${label}
      </button>`
    : html`<a
        id="settings-item"
        class="item"
        part="item settings-item"
        role="menuitem"
        tabindex="-1"
        href=${href}
        @click=${onChosen}
        >${label}</a
      >`;
}
