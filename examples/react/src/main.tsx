// The tags in JSX (`<account-provider>`), typed from custom-elements.json; React 19 sets objects on
// custom elements as properties.
import type {} from 'account-elements/jsx/react';
import { MemoryAdapter } from 'account-elements/adapters/memory';
// The @lit/react wrappers: typed props and `on…` event props. Importing them registers the tags.
import { AccountProfile } from 'account-elements/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The in-browser backend with demo data; `reverify: []` skips the identity check.
const adapter = new MemoryAdapter({ reverify: [] });

function App() {
  const [saved, setSaved] = useState('');
  return (
    <>
      <account-provider adapter={adapter}>
        <AccountProfile onAccountProfileUpdated={(event) => setSaved(`Saved: ${event.account.name}`)} />
      </account-provider>
      <p id="saved" role="status">
        {saved}
      </p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
