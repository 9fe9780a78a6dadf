import * as z from 'zod/mini';
import { role } from '../src/api/index.js';

const prefsSchema = z.object({
  user: z.catch(role, 'admin'),
  theme: z.catch(z.enum(['system', 'light', 'dark']), 'system'),
  dir: z.catch(z.enum(['ltr', 'rtl']), 'ltr'),
  locale: z.catch(z.enum(['en', 'es', 'de', 'ar']), 'en'),
});

/** The demo page's own choices, kept across reloads like the mock backend's data. */
export type DemoPrefs = z.infer<typeof prefsSchema>;
export type ThemeChoice = DemoPrefs['theme'];
export type Direction = DemoPrefs['dir'];
export type Locale = DemoPrefs['locale'];

const KEY = 'account-elements-demo:prefs';

export function loadPrefs(): DemoPrefs {
  let saved: unknown = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? '{}');
  } catch {
    // An unreadable entry is as good as none: the defaults apply.
  }
  const parsed = prefsSchema.safeParse(saved);
  return parsed.success ? parsed.data : prefsSchema.parse({});
}

export function savePrefs(prefs: DemoPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Private windows may refuse storage; the page still works, it just forgets on reload.
  }
}
