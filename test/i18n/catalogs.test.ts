import { expect } from '@open-wc/testing';
import { arabic } from '../../src/i18n/ar.js';
import { german } from '../../src/i18n/de.js';
import { spanish } from '../../src/i18n/es.js';
import { en, isolate, plural, type Catalog, type UsageUnit } from '../../src/i18n/index.js';

/** Every leaf of a catalog by its path: `verification.attemptsLeft` and the like. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/**
 * The arguments each function is called with. Numbers cover every Arabic plural form; a string
 * stands for an address, a name or a formatted number. Each function gets each kind in every place
 * (a template does not mind which), so no function is left uncalled for want of a signature.
 */
const SAMPLE_COUNTS = [0, 1, 2, 3, 11, 100, 1234];
const SAMPLE_TEXT = 'ada@example.com';

/** The plan's sentences take a kind of usage first: each is called for every kind. */
const KINDS: readonly UsageUnit[] = ['minutes', 'messages', 'groups', 'apiRequests'];
const TAKES_A_KIND = new Set([
  'plan.usedOf',
  'plan.usedUnlimited',
  'plan.projection',
  'plan.limit',
  'plan.unlimited',
]);

function samplesFor(path: string, fn: (...args: never[]) => unknown): unknown[][] {
  const arity = Math.max(fn.length, 1);
  const samples = [
    ...SAMPLE_COUNTS.map((count) => Array.from({ length: arity }, () => count)),
    Array.from({ length: arity }, () => SAMPLE_TEXT),
  ];
  if (!TAKES_A_KIND.has(path)) return samples;
  return KINDS.flatMap((kind) => samples.map(([, ...rest]) => [kind, ...rest]));
}

/** Words a translation may share with English: names, codes, and words both languages use. */
const SAME_AS_ENGLISH = new Set([
  'common.optional',
  'profile.zoom',
  'profile.name',
  'profile.roleAdmin',
  'plan.planLabel',
  'verification.code',
  'messages.heading',
  'devices.kinds.desktop',
  'devices.kinds.tablet',
  // German says "Passkeys" too.
  'passkeys.heading',
]);

const catalogs: [string, Catalog][] = [
  ['es', spanish('es')],
  ['de', german('de')],
  ['ar', arabic('ar')],
  ['ar-EG', arabic('ar-EG')],
];

describe('the built-in catalogs', () => {
  const english = new Map(leaves(en));

  for (const [locale, catalog] of catalogs) {
    describe(locale, () => {
      const own = new Map(leaves(catalog));

      it('has every key of English, and nothing else', () => {
        expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
      });

      it('has no empty string, and every function says something for every sample', () => {
        const problems: string[] = [];
        for (const [path, value] of own) {
          if (typeof value === 'string') {
            if (value.trim() === '') problems.push(`${path} is empty`);
            continue;
          }
          if (typeof value !== 'function') {
            problems.push(`${path} is a ${typeof value}`);
            continue;
          }
          const fn = value as (...args: unknown[]) => unknown;
          const englishFn = english.get(path) as (...args: unknown[]) => string;
          for (const args of samplesFor(path, fn)) {
            const said = fn(...args);
            // A text where a number goes says NaN in English too: only what English avoids is wrong.
            const slips = /undefined|NaN|#|\$\{/.test(englishFn(...args)) ? /#|\$\{/ : /undefined|NaN|#|\$\{/;
            const where = `${path}(${args.join(', ')})`;
            if (typeof said !== 'string' || said.trim() === '') problems.push(`${where} said nothing`);
            else if (slips.test(said)) problems.push(`${where} said "${said}"`);
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('translates every sentence (only names and shared words read as in English)', () => {
        const untranslated = [...own]
          .filter(([path, value]) => typeof value === 'string' && value === english.get(path))
          .map(([path]) => path)
          .filter((path) => !SAME_AS_ENGLISH.has(path));
        expect(untranslated).to.deep.equal([]);
      });

      it('keeps every placeholder: what a function is given shows in what it says', () => {
        const dropped: string[] = [];
        for (const [path, value] of own) {
          if (typeof value !== 'function') continue;
          const args: unknown[] = Array.from({ length: value.length }, () => 'Zq');
          if (TAKES_A_KIND.has(path)) args[0] = 'minutes';
          const englishSays = (english.get(path) as (...args: unknown[]) => string)(...args);
          const says = (value as (...args: unknown[]) => string)(...args);
          // Where English shows a text argument, the translation must too.
          if (englishSays.includes('Zq') && !says.includes('Zq')) dropped.push(path);
        }
        expect(dropped).to.deep.equal([]);
      });
    });
  }
});

/**
 * Arabic with Latin digits in every engine. `ar` alone takes the digits of the engine's CLDR: Latin
 * from CLDR 46 on (Chromium's and Firefox's ICU), Arabic-Indic before (WebKitGTK on Debian 12's ICU
 * 72, and Safari until its ICU reaches CLDR 46).
 */
const AR_LATIN_DIGITS = 'ar-u-nu-latn';

describe('plural', () => {
  const tries = {
    zero: 'zero',
    one: 'one',
    two: 'two',
    few: 'few #',
    many: 'many #',
    other: 'other #',
  };

  it('picks each of the six Arabic forms from Intl.PluralRules', () => {
    const picked = [0, 1, 2, 3, 11, 100].map((count) => plural(AR_LATIN_DIGITS, count, tries));
    expect(picked).to.deep.equal(['zero', 'one', 'two', 'few 3', 'many 11', 'other 100']);
  });

  it('has English and German pick one or other, and falls back to other', () => {
    expect([1, 2, 0].map((count) => plural('en', count, tries))).to.deep.equal(['one', 'other 2', 'other 0']);
    expect(plural('de', 1, { other: '# Zeichen' })).to.equal('1 Zeichen');
  });

  it('writes the count as the locale writes numbers', () => {
    expect(plural('de', 12345, { other: '#' })).to.equal('12.345');
    expect(plural('ar-EG', 12, { other: '#' })).to.equal('١٢');
    expect(plural(AR_LATIN_DIGITS, 12, { other: '#' })).to.equal('12');
    // `ar` alone follows the engine's CLDR: Latin digits from CLDR 46 on, Arabic-Indic before.
    expect(plural('ar', 12, { other: '#' })).to.equal(new Intl.NumberFormat('ar').format(12));
  });
});

describe('Arabic counts', () => {
  const ar = arabic(AR_LATIN_DIGITS);
  const arEG = arabic('ar-EG');

  it('says the tries left in the form of each count', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.verification.attemptsLeft(count))).to.deep.equal([
      'لم تتبقَّ أي محاولة.',
      'تبقّت محاولة واحدة.',
      'تبقّت محاولتان.',
      'تبقّت 3 محاولات.',
      'تبقّت 11 محاولة.',
      'تبقّت 100 محاولة.',
    ]);
  });

  it('counts seconds and characters with the right noun, in the region’s digits', () => {
    expect([1, 2, 5, 30].map((count) => ar.common.tryAgainIn(count))).to.deep.equal([
      'إعادة المحاولة بعد ثانية واحدة',
      'إعادة المحاولة بعد ثانيتين',
      'إعادة المحاولة بعد 5 ثوانٍ',
      'إعادة المحاولة بعد 30 ثانية',
    ]);
    expect(arEG.common.tryAgainIn(30)).to.equal('إعادة المحاولة بعد ٣٠ ثانية');
    expect(arEG.fields.too_short(8)).to.equal('استخدم ٨ أحرف على الأقل.');
  });

  it('says "unlimited" with the plural of the unit', () => {
    expect(ar.plan.unlimited('minutes')).to.equal('دقائق غير محدودة');
  });

  it('says a count of one or two in words, in the case its sentence asks, never a numeral before it', () => {
    // On its own (a plan's limit, a count used): nominative; after «من» or «نحو»: genitive.
    expect([1, 2, 3].map((count) => ar.plan.limit('minutes', count))).to.deep.equal([
      'دقيقة واحدة',
      'دقيقتان',
      '3 دقائق',
    ]);
    expect(ar.plan.usedOf('groups', 1, 2)).to.equal('1 من مجموعتين');
    expect(ar.plan.usedUnlimited('apiRequests', 2)).to.equal('طلبا API، بلا حد');
    expect(arEG.plan.projection('messages', 2, 'التاريخ')).to.equal(
      'بهذا المعدل: نحو رسالتين بحلول التاريخ.',
    );
    expect(arEG.plan.usedOf('minutes', 1284, 3000)).to.equal('١٬٢٨٤ من ٣٬٠٠٠ دقيقة');
  });

  it('isolates addresses and numbers inside its right-to-left sentences', () => {
    expect(ar.verification.sentTo('+1 415 555 0123')).to.contain(isolate('+1 415 555 0123'));
    expect(ar.email.linkSent('ada@example.com')).to.contain(isolate('ada@example.com'));
    expect(ar.phone.countryOption('مصر', '20')).to.equal(`مصر (${isolate('+20')})`);
  });
});

describe('Spanish and German counts', () => {
  it('agree in number', () => {
    const es = spanish('es');
    const de = german('de');
    expect([1, 3].map((count) => es.verification.attemptsLeft(count))).to.deep.equal([
      'Te queda 1 intento.',
      'Te quedan 3 intentos.',
    ]);
    expect([1, 3].map((count) => de.verification.attemptsLeft(count))).to.deep.equal([
      'Noch 1 Versuch.',
      'Noch 3 Versuche.',
    ]);
    expect(de.plan.unlimited('apiRequests')).to.equal('Unbegrenzte API-Anfragen');
  });
});
