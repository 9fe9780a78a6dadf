import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { FieldErrorCode } from '../../src/api/index.js';
import { formatPhoneForReading } from '../../src/elements/personal-phone/phone-format.js';
import { PhoneInput, type PhoneLibrary } from '../../src/elements/personal-phone/phone-input.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { en } from '../../src/i18n/index.js';
import { CURRENT, PersonalPhoneHarness } from '../harness/personal-phone.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';

/** Opens the change, picks the country, types the number and presses "Send code". */
async function send(number: string, country = 'US') {
  const adapter = backend();
  const harness = await mount(PersonalPhoneHarness, adapter);
  await harness.openChange();
  await harness.chooseCountry(country);
  await harness.typeNumber(number);
  await harness.click(en.phone.sendCode);
  return { adapter, harness };
}

/** The number was refused before anything went out, with this message at its field, focused. */
async function expectRefused(number: string, country: string, message: string): Promise<void> {
  const { adapter, harness } = await send(number, country);
  await waitUntil(() => harness.numberError !== '', `${number} was not refused`);
  expect(harness.numberError).to.equal(message);
  expect(harness.numberInput.getAttribute('aria-invalid')).to.equal('true');
  await waitUntil(() => deepActiveElement() === harness.numberInput, 'focus did not go to the number');
  expect(adapter.sent('startPhoneChange'), 'it was sent').to.deep.equal([]);
  // Kept as typed, give or take the formatting.
  const significant = (text: string) => text.replace(/[^\da-z+]/gi, '');
  expect(significant(harness.numberInput.value), 'the input was not kept').to.equal(significant(number));
}

describe('<personal-phone> the new number', () => {
  describe('the country', () => {
    it("starts at the locale's region, named in its language with the calling code", async () => {
      const harness = await mount(PersonalPhoneHarness, backend(), { locale: 'fr-CA' });
      await harness.openChange();
      expect(harness.countrySelect.value).to.equal('CA');
      const britain = [...harness.countrySelect.options].find((option) => option.value === 'GB');
      expect(britain!.textContent!.trim()).to.equal('Royaume-Uni (+44)');
    });

    it('a language alone gives its likely region: de is Germany', async () => {
      const harness = await mount(PersonalPhoneHarness, backend(), { locale: 'de' });
      await harness.openChange();
      expect(harness.countrySelect.value).to.equal('DE');
    });

    it('a locale with no country asks for one, and an international number needs none', async () => {
      const { adapter, harness } = await send('+44 7911 123456', '');
      expect(harness.countrySelect.options[0]!.value).to.equal('');
      await harness.waitForCodeStep();
      expect(adapter.sent('startPhoneChange')[0]).to.deep.equal({ phone: '+447911123456' });
    });

    it('the list is in alphabetical order of the names in the locale', async () => {
      const harness = await mount(PersonalPhoneHarness, backend(), { locale: 'en-US' });
      await harness.openChange();
      const names = [...harness.countrySelect.options].map((option) => option.textContent!.trim());
      const sorted = [...names].sort(new Intl.Collator('en-US').compare);
      expect(names).to.deep.equal(sorted);
      expect(names.length).to.be.greaterThan(200);
      expect(names).to.include('United States (+1)');
    });
  });

  describe('formatting as typed', () => {
    it('formats a national number in the chosen country, and an international one', async () => {
      const harness = await mount(PersonalPhoneHarness, backend());
      await harness.openChange();
      await harness.typeNumber('4155550199');
      expect(harness.numberInput.value).to.equal('(415) 555-0199');
      await harness.typeNumber('');
      await harness.typeNumber('+447911123456');
      expect(harness.numberInput.value).to.equal('+44 7911 123456');
      await harness.chooseCountry('GB');
      await harness.typeNumber('');
      await harness.typeNumber('07911123456');
      expect(harness.numberInput.value).to.equal('07911 123456');
    });

    it('leaves a deletion alone, so a ")" can be deleted', async () => {
      const harness = await mount(PersonalPhoneHarness, backend());
      await harness.openChange();
      await harness.typeNumber('415');
      expect(harness.numberInput.value).to.equal('(415)');
      await harness.typeNumber('(415)5');
      expect(harness.numberInput.value).to.equal('(415) 5');
      await harness.typeNumber('(415) ');
      expect(harness.numberInput.value).to.equal('(415) ');
      await harness.typeNumber('(415)');
      expect(harness.numberInput.value).to.equal('(415)');
      await harness.typeNumber('(415');
      expect(harness.numberInput.value).to.equal('(415');
    });

    it('leaves letters as typed instead of swallowing them', async () => {
      const harness = await mount(PersonalPhoneHarness, backend());
      await harness.openChange();
      await harness.typeNumber('a');
      await harness.typeNumber('ab');
      expect(harness.numberInput.value).to.equal('ab');
    });

    it('the input is a telephone field for autofill, left to right', async () => {
      const harness = await mount(PersonalPhoneHarness, backend(), { dir: 'rtl' });
      await harness.openChange();
      const input = harness.numberInput;
      expect([input.type, input.autocomplete, input.inputMode, input.dir]).to.deep.equal([
        'tel',
        'tel',
        'tel',
        'ltr',
      ]);
    });
  });

  describe('refused before sending', () => {
    it('nothing typed', async () => {
      const { adapter, harness } = await send('');
      await waitUntil(() => harness.numberError === en.fields.required, 'an empty number was not refused');
      expect(adapter.sent('startPhoneChange')).to.deep.equal([]);
    });
    it('abc', () => expectRefused('abc', 'US', en.fields.invalid_phone));
    it('+1 555 (too short)', () => expectRefused('+1 555', 'US', en.fields.invalid_phone));
    it('0044 7911 123456 with the United States chosen (its international prefix is 011)', () =>
      expectRefused('0044 7911 123456', 'US', en.fields.invalid_phone));
    it('20 digits', () => expectRefused('12345678901234567890', 'US', en.fields.invalid_phone));
    it('the current number', () => expectRefused('+1 415 555 0123', 'US', en.fields.same_as_current));
    it('the current number typed nationally', () =>
      expectRefused('(415) 555-0123', 'US', en.fields.same_as_current));
  });

  describe('accepted and sent as E.164', () => {
    for (const [number, country, e164] of [
      ['0044 7911 123456', 'GB', '+447911123456'],
      ['07911 123456', 'GB', '+447911123456'],
      ['+1 (415) 555-0199', 'US', '+14155550199'],
      ['415-555-0199', 'US', '+14155550199'],
    ] as const) {
      it(`${number} in ${country}`, async () => {
        const { adapter, harness } = await send(number, country);
        await harness.waitForCodeStep();
        expect(adapter.sent('startPhoneChange')).to.deep.equal([{ phone: e164 }]);
        expect(adapter.lastMessage('phone_change')!.to).to.equal(e164);
      });
    }
  });

  describe("the backend's word on the number lands at its field", () => {
    it('a premium-rate number (+1 900 555 0123): the plans loaded here cannot tell, the backend can', async () => {
      const { adapter, harness } = await send('+1 900 555 0123');
      await waitUntil(() => harness.numberError !== '', 'the premium number was not refused');
      expect(adapter.sent('startPhoneChange')).to.have.length(1);
      expect(harness.numberError).to.equal(en.fields.phone_premium);
      await waitUntil(() => deepActiveElement() === harness.numberInput, 'focus did not go to the number');
      expect(harness.numberInput.value).to.equal('+1 900 555 0123');
      expect(harness.alert).to.equal('');

      await harness.typeNumber('+1 900 555 012');
      expect(harness.numberError, 'the error outlived the number it was about').to.equal('');
    });

    for (const code of [
      'invalid_phone',
      'phone_unassigned',
      'phone_not_mobile',
      'same_as_current',
    ] satisfies FieldErrorCode[]) {
      it(code, async () => {
        const adapter = backend();
        adapter.failNext('validation', { method: 'startPhoneChange', fields: { phone: { code } } });
        const harness = await mount(PersonalPhoneHarness, adapter);
        await harness.startChange('+1 415 555 0199');
        await waitUntil(() => harness.numberError !== '', 'the error did not show');
        expect(harness.numberError).to.equal(en.fields[code]);
        expect(harness.maybe('#phone-code')).to.equal(null);
      });
    }
  });
});

describe('PhoneInput before the numbering plans are in', () => {
  const host = {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost;
  const never = () => new Promise<PhoneLibrary>(() => {});

  it('keeps the text as typed, offers the one country it knows, and sends a national number with it', () => {
    const input = new PhoneInput(host, () => 'en-US', never);
    input.begin();
    input.type('4155550199');
    expect(input.ready).to.equal(false);
    expect(input.text).to.equal('4155550199');
    expect(input.countries()).to.deep.equal([{ code: 'US', name: 'United States', callingCode: '' }]);
    expect(input.check(CURRENT)).to.deep.equal({ ok: true, request: { phone: '4155550199', country: 'US' } });
  });

  it("applies the contract's own check: an international number, and not the current one", () => {
    const input = new PhoneInput(host, () => 'en-001', never);
    input.begin();
    expect(input.country).to.equal('');
    input.type('abc');
    expect(input.check(CURRENT)).to.deep.equal({ ok: false, problem: { code: 'invalid_phone' } });
    input.type('+1 (415) 555-0123');
    expect(input.check(CURRENT)).to.deep.equal({ ok: false, problem: { code: 'same_as_current' } });
    input.type('+1 (415) 555-0199');
    expect(input.check(CURRENT)).to.deep.equal({ ok: true, request: { phone: '+14155550199' } });
  });

  it('a failed load leaves the input working and is tried again the next time', async () => {
    let loads = 0;
    const failing = () => {
      loads++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const input = new PhoneInput(host, () => 'en-GB', failing);
    input.begin();
    await Promise.resolve();
    input.type('07911 123456');
    expect(input.check(null)).to.deep.equal({ ok: true, request: { phone: '07911 123456', country: 'GB' } });
    input.begin();
    expect(loads).to.equal(2);
  });
});

describe('formatPhoneForReading', () => {
  for (const [e164, read] of [
    ['+14155550123', '+1 415 555 0123'],
    ['+447911123456', '+44 791 112 3456'],
    ['+33612345678', '+33 612 345 678'],
    ['+79161234567', '+7 916 123 4567'],
    ['+35312345678', '+353 123 456 78'],
    ['+6901234', '+690 1234'],
  ]) {
    it(`${e164} reads ${read}`, () => expect(formatPhoneForReading(e164!)).to.equal(read));
  }
});
