import { expect } from '@open-wc/testing';
import { arabic } from '../../src/i18n/ar.js';
import { german } from '../../src/i18n/de.js';
import { spanish } from '../../src/i18n/es.js';
import { en, type Catalog } from '../../src/i18n/index.js';
import { EXPECTED_COUNT_PHRASES } from './count-phrases.expected.js';
import { COUNT_PHRASES, COUNTS } from './count-phrases.js';

const CATALOGS: [string, Catalog][] = [
  ['en', en],
  ['es', spanish('es')],
  ['de', german('de')],
  // Latin digits, as the table is written: `ar` alone writes the digits of the engine's CLDR data
  // (Arabic-Indic before CLDR 46, as in WebKit on Debian's ICU 72).
  ['ar', arabic('ar-u-nu-latn')],
];

describe('every count phrase at 0, 1, 2, 3, 11 and 100', () => {
  for (const [locale, catalog] of CATALOGS) {
    it(`says each count in its own form in ${locale}`, () => {
      const said = Object.fromEntries(
        Object.entries(COUNT_PHRASES).map(([name, phrase]) => [
          name,
          COUNTS.map((count) => phrase(catalog, count)),
        ]),
      );
      expect(said).to.deep.equal(EXPECTED_COUNT_PHRASES[locale]);
    });
  }
});
