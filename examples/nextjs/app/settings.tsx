'use client';
// Rendered on the server, then hydrated: the React wrappers render the same markup on both sides
// and set objects and event handlers once React has mounted the element.
import { configure } from 'account-elements';
import { RestAdapter } from 'account-elements/adapters/rest';
import { AccountSettings } from 'account-elements/react';
import { useState } from 'react';

// At module level, as on any page: on the server it does nothing, in the browser it takes effect.
configure({ adapter: new RestAdapter({ baseUrl: '/api' }) });

export function Settings() {
  const [saved, setSaved] = useState('');
  return (
    <>
      <AccountSettings onAccountProfileUpdated={(event) => setSaved(`Saved: ${event.account.name}`)} />
      <p id="saved" role="status">
        {saved}
      </p>
    </>
  );
}
