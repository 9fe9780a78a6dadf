import 'account-elements';
import { MemoryAdapter } from 'account-elements/adapters/memory';

// Typed by the package: `querySelector` knows the tag, the listener knows the event's class.
const provider = document.querySelector('account-provider');
if (provider) provider.adapter = new MemoryAdapter({ reverify: [] });

document.addEventListener('account-profile-updated', (event) => {
  document.querySelector('#saved')!.textContent = `Saved: ${event.account.name}`;
});
