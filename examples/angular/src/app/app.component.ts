import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'account-elements';
import type { AccountProfileUpdatedEvent } from 'account-elements';
import { MemoryAdapter } from 'account-elements/adapters/memory';

@Component({
  selector: 'app-root',
  // The tags are custom elements, which Angular leaves to the browser.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <account-provider [adapter]="adapter">
      <account-profile (account-profile-updated)="onSaved($event)"></account-profile>
    </account-provider>
    <p id="saved" role="status">{{ saved() }}</p>
  `,
})
export class AppComponent {
  // The in-browser backend with demo data; `reverify: []` skips the identity check.
  readonly adapter = new MemoryAdapter({ reverify: [] });
  readonly saved = signal('');

  onSaved(event: Event): void {
    this.saved.set(`Saved: ${(event as AccountProfileUpdatedEvent).account.name}`);
  }
}
