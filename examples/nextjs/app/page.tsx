// A server component: the page is rendered on the server, the settings inside it included.
import { Settings } from './settings';

export default function Page() {
  return (
    <main>
      <h1>Acme</h1>
      <Settings />
    </main>
  );
}
