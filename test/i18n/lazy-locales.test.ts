// No catalog but English is imported here: the built-in ones must arrive by themselves.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/account-profile/account-profile.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountProfile } from '../../src/elements/account-profile/account-profile.component.js';
import { catalogFor, en, loadLocale, registerLocale, type Catalog } from '../../src/i18n/index.js';
import { cardHeading } from '../harness/element-harness.js';

function heading(el: AccountProfile): string {
  return cardHeading(el)?.textContent?.trim() ?? '';
}

/** Console errors and warnings while `run` runs, and any uncaught error. */
async function consoleProblems(run: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const { error, warn } = console;
  const onError = (event: ErrorEvent) => problems.push(String(event.message));
  console.error = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => {
    const said = args.map(String).join(' ');
    if (!said.includes('Lit is in dev mode')) problems.push(said);
  };
  globalThis.addEventListener('error', onError);
  try {
    await run();
  } finally {
    Object.assign(console, { error, warn });
    globalThis.removeEventListener('error', onError);
  }
  return problems;
}

describe('locales loaded on first use', () => {
  it('an element in German renders English first, then German once its catalog arrives', async () => {
    const problems = await consoleProblems(async () => {
      const el = document.createElement('account-profile') as AccountProfile;
      el.locale = 'de';
      el.adapter = new MemoryAdapter();
      document.body.append(el);
      try {
        await el.updateComplete;
        // The first render, before the catalog's chunk could arrive.
        expect(heading(el)).to.equal(en.profile.heading);
        expect(el.hasAttribute('lang'), 'English is not marked German').to.equal(false);
        await waitUntil(() => heading(el) === 'Profil', 'German never arrived', { timeout: 5000 });
        expect(el.getAttribute('lang')).to.equal('de');
        expect(el.getAttribute('dir')).to.equal('ltr');
      } finally {
        el.remove();
      }
    });
    expect(problems).to.deep.equal([]);
  });

  it('a second element reuses the loaded catalog: German from its first render', async () => {
    await loadLocale('de');
    const el = await fixture<AccountProfile>(
      html`<account-profile locale="de-AT" .adapter=${new MemoryAdapter()}></account-profile>`,
    );
    expect(heading(el)).to.equal('Profil');
    // The catalog made for a tag is made once, not at every render.
    expect(catalogFor('de-AT') === catalogFor('de-at')).to.equal(true);
  });

  it('every element inside a provider follows its locale', async () => {
    const provider = await fixture(html`
      <account-provider locale="ar" .adapter=${new MemoryAdapter()}>
        <account-profile></account-profile>
      </account-provider>
    `);
    const el = provider.querySelector<AccountProfile>('account-profile')!;
    await waitUntil(() => heading(el) === 'الملف الشخصي', 'Arabic never arrived', { timeout: 5000 });
    // On this English page, the Arabic element says its language and direction itself.
    expect([el.getAttribute('lang'), el.getAttribute('dir')].join(' ')).to.equal('ar rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('section')!).direction).to.equal('rtl');
  });

  it('a locale the host registered first wins: the built-in one is not even loaded', async () => {
    const mine: Catalog = { ...en, profile: { ...en.profile, heading: 'Mi perfil (del anfitrión)' } };
    registerLocale('es-MX', mine);
    const el = await fixture<AccountProfile>(
      html`<account-profile locale="es-MX" .adapter=${new MemoryAdapter()}></account-profile>`,
    );
    expect(heading(el)).to.equal('Mi perfil (del anfitrión)');
    expect((await loadLocale('es-mx')) === mine).to.equal(true);
  });

  it('a host registering while the built-in one loads keeps its own', async () => {
    const el = await fixture<AccountProfile>(
      html`<account-profile locale="es" .adapter=${new MemoryAdapter()}></account-profile>`,
    );
    expect(heading(el)).to.equal(en.profile.heading);
    const mine: Catalog = { ...en, profile: { ...en.profile, heading: 'Perfil (del anfitrión)' } };
    registerLocale('es', mine);
    expect(heading(el)).to.equal(en.profile.heading);
    await el.updateComplete;
    expect(heading(el)).to.equal('Perfil (del anfitrión)');
    // The built-in Spanish arrives after that (the same module the library asked for), and is not used.
    await import('../../src/i18n/es.js');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heading(el)).to.equal('Perfil (del anfitrión)');
    expect(catalogFor('es') === mine).to.equal(true);
  });

  it('a host registering after the built-in one loaded replaces it; elements pick it up', async () => {
    const el = await fixture<AccountProfile>(
      html`<account-profile locale="ar-EG" .adapter=${new MemoryAdapter()}></account-profile>`,
    );
    await waitUntil(() => heading(el) === 'الملف الشخصي', 'Arabic never arrived', { timeout: 5000 });
    const mine: Catalog = { ...en, profile: { ...en.profile, heading: 'ملفي' } };
    registerLocale('ar', mine);
    await waitUntil(() => heading(el) === 'ملفي', 'the registered catalog was not picked up');
    expect(catalogFor('ar-EG') === mine).to.equal(true);
  });

  it('a language with no catalog stays English, unmarked on an English page', async () => {
    const el = await fixture<AccountProfile>(
      html`<account-profile locale="ja" .adapter=${new MemoryAdapter()}></account-profile>`,
    );
    expect(heading(el)).to.equal(en.profile.heading);
    expect((await loadLocale('ja')) === catalogFor('en')).to.equal(true);
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('leaves a lang and dir the host set on the element alone', async () => {
    await loadLocale('de');
    const el = await fixture<AccountProfile>(
      html`<account-profile
        locale="de"
        lang="de-CH"
        dir="ltr"
        .adapter=${new MemoryAdapter()}
      ></account-profile>`,
    );
    expect(heading(el)).to.equal('Profil');
    el.locale = 'en';
    await el.updateComplete;
    expect([el.getAttribute('lang'), el.getAttribute('dir')].join(' ')).to.equal('de-CH ltr');
  });
});
