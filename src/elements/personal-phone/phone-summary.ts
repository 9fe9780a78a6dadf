import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../i18n/index.js';
import { button } from '../../ui/index.js';
import { formatPhoneForReading } from './phone-format.js';

/**
 * The number on file, left to right in any page, or the words saying there is none; and the
 * button that opens the change, hidden while it is open. `onIntent` is told when a pointer comes
 * over the row or focus into it: the change is likely next.
 */
export function phoneSummary(
  t: Catalog,
  phone: string | null,
  { editing, onChange, onIntent }: { editing: boolean; onChange: () => void; onIntent?: () => void },
): TemplateResult {
  return html`
    <div class="summary" @pointerenter=${onIntent} @focusin=${onIntent}>
      <div class="summary-value">
        <span class="summary-label">${t.phone.current}</span>
        ${
          phone
            ? html`<span id="current-number" class="summary-text current" dir="ltr"
                >${formatPhoneForReading(phone)}</span
              >`
            : html`<span id="current-number" class="summary-text current">${t.phone.none}</span>`
        }
      </div>
      ${
        editing
          ? nothing
          : button({
              id: 'phone-change',
              label: phone ? t.phone.change : t.phone.add,
              onClick: onChange,
            })
      }
    </div>
  `;
}
