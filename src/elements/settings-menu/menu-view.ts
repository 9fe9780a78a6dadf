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
        ? html`<img id="person-avatar" class="avatar" part="avatar" src=${picture} alt="" />`
        : html`<span id="person-avatar" class="avatar avatar--initials" part="avatar" aria-hidden="true"
            >${initials(account.name)}</span
          >`
    }
    <span class="person-text">
      <span id="person-name" class="person-name">${account.name}</span>
      <span id="person-role" class="person-role"
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
        part="item"
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
        part="item"
        role="menuitem"
        tabindex="-1"
        href=${href}
        @click=${onChosen}
        >${label}</a
      >`;
}
