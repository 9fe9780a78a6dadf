import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  emailAddress,
  FIELD_ERROR_CODES,
  NAME_MAX,
  password,
  PASSWORD_MAX,
  PASSWORD_MIN,
  personName,
  phoneNumber,
  profileUpdate,
  username,
  validate,
  type FieldError,
} from '../../src/api/index.js';
import { isCommonPassword, passwordRuleProblem } from '../../src/api/password-list.js';
import { checkPhone } from '../../src/api/phone.js';
import { fieldErrorText } from '../../src/kit/messages.js';
import { en } from '../../src/i18n/index.js';

/** The value a schema outputs; fails the test, naming the field error, when it refuses. */
function accepted<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) expect.fail(`refused ${JSON.stringify(input)}: ${JSON.stringify(result.fields[''])}`);
  return result.data;
}

/** The field error a schema gives for input; fails the test when it accepts. */
function refusal(schema: z.ZodMiniType, input: unknown): FieldError {
  const result = validate(schema, input);
  if (result.ok) expect.fail(`accepted ${JSON.stringify(input)} as ${JSON.stringify(result.data)}`);
  return result.fields['']!;
}

const DEMO_NUMBERS = ['+14155550123', '+14155550187', '+14155550199', '+14155550111'];

describe('contract rules', () => {
  describe('checkPhone', () => {
    it('refuses what is not a phone number', () => {
      expect(checkPhone('abc')).to.deep.equal({ ok: false, code: 'invalid_phone' });
      expect(checkPhone('+1 555')).to.deep.equal({ ok: false, code: 'invalid_phone' });
      expect(checkPhone('+12345678901234567890')).to.deep.equal({ ok: false, code: 'invalid_phone' });
      expect(checkPhone('12345678901234567890')).to.deep.equal({ ok: false, code: 'invalid_phone' });
      expect(checkPhone('call me on +14155550123')).to.deep.equal({ ok: false, code: 'invalid_phone' });
    });

    it('reads the international prefix only when it knows the country', () => {
      expect(checkPhone('0044 7911 123456', 'GB')).to.deep.equal({ ok: true, e164: '+447911123456' });
      expect(checkPhone('0044 7911 123456')).to.deep.equal({ ok: false, code: 'invalid_phone' });
    });

    it('reads national formats with their country, in any case', () => {
      expect(checkPhone('(415) 555-0123', 'US')).to.deep.equal({ ok: true, e164: '+14155550123' });
      expect(checkPhone('07911 123456', 'GB')).to.deep.equal({ ok: true, e164: '+447911123456' });
      expect(checkPhone('07911 123456', 'gb')).to.deep.equal({ ok: true, e164: '+447911123456' });
      expect(checkPhone('07911 123456')).to.deep.equal({ ok: false, code: 'invalid_phone' });
    });

    it('takes an international number with spaces, dashes and parentheses, and ignores the country', () => {
      expect(checkPhone('+1 (415) 555-0199')).to.deep.equal({ ok: true, e164: '+14155550199' });
      expect(checkPhone('+1 (415) 555-0199', 'GB')).to.deep.equal({ ok: true, e164: '+14155550199' });
      expect(checkPhone(' +1 415 555 0199 ', 'ZZ')).to.deep.equal({ ok: true, e164: '+14155550199' });
    });

    it('keeps accepting the demo numbers', () => {
      for (const demo of DEMO_NUMBERS) expect(checkPhone(demo), demo).to.deep.equal({ ok: true, e164: demo });
    });

    it('refuses premium-rate and shared-cost numbers', () => {
      expect(checkPhone('+1 900 555 0123')).to.deep.equal({ ok: false, code: 'phone_premium' });
      expect(checkPhone('+44 909 012 3456')).to.deep.equal({ ok: false, code: 'phone_premium' });
      expect(checkPhone('+44 845 464 0000')).to.deep.equal({ ok: false, code: 'phone_premium' });
    });

    it('tells a well-formed number in no assigned range from a malformed one', () => {
      expect(checkPhone('+999 1234567')).to.deep.equal({ ok: false, code: 'phone_unassigned' });
      expect(checkPhone('+1 555 555 0123')).to.deep.equal({ ok: false, code: 'phone_unassigned' });
    });

    it('refuses numbers a text message does not reach', () => {
      expect(checkPhone('+44 20 7183 8750')).to.deep.equal({ ok: false, code: 'phone_not_mobile' });
      expect(checkPhone('+1 800 555 0123')).to.deep.equal({ ok: false, code: 'phone_not_mobile' });
      expect(checkPhone('+44 7911 123456 ext. 12')).to.deep.equal({ ok: false, code: 'invalid_phone' });
    });

    it('accepts nothing the syntactic schema would refuse', () => {
      for (const input of [...DEMO_NUMBERS, '+447911123456', '+6907290']) {
        const checked = checkPhone(input);
        expect(checked.ok, input).to.equal(true);
        if (checked.ok) expect(accepted(phoneNumber, checked.e164)).to.equal(checked.e164);
      }
    });
  });

  describe('phoneNumber schema', () => {
    it('strips spaces, dashes, dots and parentheses into compact E.164', () => {
      expect(accepted(phoneNumber, '+1 (415) 555-0199')).to.equal('+14155550199');
      expect(accepted(phoneNumber, ' +44.20.7183.8750 ')).to.equal('+442071838750');
    });

    it('accepts 7 to 15 digits after the plus, as short as a Tokelau cell', () => {
      expect(accepted(phoneNumber, '+690 7290')).to.equal('+6907290');
      expect(accepted(phoneNumber, `+${'1'.repeat(15)}`)).to.equal(`+${'1'.repeat(15)}`);
      expect(refusal(phoneNumber, '+690 729').code).to.equal('invalid_phone');
      expect(refusal(phoneNumber, `+${'1'.repeat(16)}`).code).to.equal('invalid_phone');
    });

    it('refuses letters, a missing plus, and a country code starting with 0', () => {
      for (const input of ['abc', '+1 555', '0044 7911 123456', '4155550199', '+0 415 555 0199', '']) {
        expect(refusal(phoneNumber, input).code, input).to.equal('invalid_phone');
      }
    });
  });

  describe('emailAddress', () => {
    it('lower-cases the domain only, and trims', () => {
      expect(accepted(emailAddress, '  Ada.Lovelace@Example.COM ')).to.equal('Ada.Lovelace@example.com');
    });

    it('refuses an address without @, with spaces, or with a trailing dot', () => {
      for (const input of ['ada.example.com', 'ada @example.com', 'ada@exa mple.com', 'ada@example.com.']) {
        expect(refusal(emailAddress, input).code, input).to.equal('invalid_email');
      }
    });

    it('refuses a Unicode domain, but takes its xn-- form', () => {
      expect(refusal(emailAddress, 'ada@bücher.de').code).to.equal('invalid_email');
      expect(accepted(emailAddress, 'ada@xn--bcher-kva.de')).to.equal('ada@xn--bcher-kva.de');
    });

    it('does not let a Kelvin sign become a k by lower-casing', () => {
      expect(refusal(emailAddress, 'ada@\u212Aelvin.com').code).to.equal('invalid_email');
    });

    it('limits the part before the @ to 64 characters, and says so', () => {
      expect(accepted(emailAddress, `${'a'.repeat(64)}@example.com`)).to.have.length(76);
      expect(refusal(emailAddress, `${'a'.repeat(65)}@example.com`)).to.include({
        code: 'email_local_too_long',
        max: 64,
      });
    });

    it('limits the whole address to 254 characters', () => {
      const domain = `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(6)}`;
      expect(accepted(emailAddress, `${'a'.repeat(64)}@${domain}`)).to.have.length(254);
      expect(refusal(emailAddress, `${'a'.repeat(64)}@${domain}e`)).to.include({
        code: 'too_long',
        max: 254,
      });
    });
  });

  describe('password schema', () => {
    it('counts code points, from 8 to 128', () => {
      expect([PASSWORD_MIN, PASSWORD_MAX]).to.deep.equal([8, 128]);
      expect(refusal(password, 'abcdefg')).to.include({ code: 'too_short', min: 8 });
      // Seven emoji are fourteen UTF-16 units, still seven characters to the person.
      expect(refusal(password, '🔥'.repeat(7))).to.include({ code: 'too_short', min: 8 });
      expect(accepted(password, 'abcdefgh')).to.equal('abcdefgh');
      expect(accepted(password, 'x'.repeat(128))).to.have.length(128);
      expect(refusal(password, 'x'.repeat(129))).to.include({ code: 'too_long', max: 128 });
    });

    it('takes a long emoji passphrase, up to 128 emoji', () => {
      const passphrase = '🐶🐱🐭🐹🐰🦊🐻🐼'.repeat(16);
      expect([...passphrase]).to.have.length(128);
      expect(accepted(password, passphrase)).to.equal(passphrase);
      expect(refusal(password, `${passphrase}🐨`)).to.include({ code: 'too_long', max: 128 });
    });

    it('has no composition rules', () => {
      for (const input of ['abcdefgh', '12345678', 'password1', 'correct horse 1', 'ÅÄÖåäöÅÄ']) {
        expect(accepted(password, input), input).to.equal(input);
      }
    });

    it('refuses only whitespace as missing, and keeps spaces around a real one', () => {
      expect(refusal(password, ' '.repeat(12)).code).to.equal('required');
      expect(refusal(password, '').code).to.equal('required');
      expect(accepted(password, '  my long phrase  ')).to.equal('  my long phrase  ');
    });
  });

  describe('isCommonPassword and passwordRuleProblem', () => {
    it('finds listed passwords, and listed words with digits and symbols around them', () => {
      for (const input of ['password1', 'password12', 'Password1!', 'summer2024', 'LOVE2024!!', '12345678']) {
        expect(isCommonPassword(input), input).to.equal(true);
      }
    });

    it('lets the demo password and an emoji passphrase through', () => {
      expect(isCommonPassword('correct horse 1')).to.equal(false);
      expect(isCommonPassword('🐶🐱🐭🐹🐰🦊🐻🐼')).to.equal(false);
    });

    it('ignores a stripped core shorter than 4 characters', () => {
      // `max` is listed; a password that is mostly decoration around it is not refused for that.
      expect(isCommonPassword('2024max!!')).to.equal(false);
    });

    it('names the rule a password breaks', () => {
      expect(passwordRuleProblem('Password1!', { username: 'ada' })).to.equal('password_common');
      expect(passwordRuleProblem('my name is ADA.L, hi', { username: 'ada.l' })).to.equal(
        'password_contains_username',
      );
      expect(passwordRuleProblem('correct horse 1', { username: 'ada' })).to.equal(undefined);
      expect(passwordRuleProblem('correct horse 1', {})).to.equal(undefined);
    });

    it('does not check usernames shorter than 3 characters', () => {
      expect(passwordRuleProblem('go to the al hambra', { username: 'al' })).to.equal(undefined);
    });
  });

  describe('username', () => {
    it('is NFKC-normalised, then trimmed and lower-cased', () => {
      expect(accepted(username, 'ａｌｉｃｅ')).to.equal('alice');
      expect(accepted(username, ' ＡＬＩＣＥ ')).to.equal('alice');
    });

    it('carries its length limits', () => {
      expect(refusal(username, 'ab')).to.include({ code: 'too_short', min: 3 });
      expect(refusal(username, 'a'.repeat(31))).to.include({ code: 'too_long', max: 30 });
    });
  });

  describe('personName', () => {
    it('refuses control, separator and bidi characters inside a name', () => {
      for (const input of [
        'Ada\nLovelace',
        'Ada\u0000',
        '\u202EecalevoL adA',
        'Ada\tLovelace',
        'Ada\u2028Lovelace',
        '\u2066Ada\u2069',
      ]) {
        expect(refusal(personName, input).code, JSON.stringify(input)).to.equal('invalid_characters');
      }
    });

    it('trims before the rule, and keeps names in every script', () => {
      expect(accepted(personName, '  Ada Lovelace\n')).to.equal('Ada Lovelace');
      expect(accepted(personName, 'José Ñúñez-Ørsted')).to.equal('José Ñúñez-Ørsted');
      expect(accepted(personName, 'أدا لوفليس')).to.equal('أدا لوفليس');
    });
  });

  describe('limits on field errors', () => {
    it('carries max 80 on a too-long name, by its path', () => {
      const result = validate(profileUpdate, { name: 'x'.repeat(NAME_MAX + 1) });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.fields['name']).to.deep.include({ code: 'too_long', max: 80 });
    });

    it('leaves out an exclusive bound, which "at least" would misstate', () => {
      const error = refusal(z.number().check(z.gt(0, 'out_of_range')), 0);
      expect(error.code).to.equal('out_of_range');
      expect(error.min).to.equal(undefined);
    });

    it('reach the catalog text without a table of fields', () => {
      const tooLong = refusal(personName, 'x'.repeat(81));
      expect(fieldErrorText(en, tooLong)).to.equal('Use at most 80 characters.');
      const tooShort = refusal(password, 'short');
      expect(fieldErrorText(en, tooShort)).to.equal('Use at least 8 characters.');
      const local = refusal(emailAddress, `${'a'.repeat(65)}@example.com`);
      expect(fieldErrorText(en, local)).to.equal(en.fields.email_local_too_long(64));
    });

    it('still reads when a server leaves the limit out', () => {
      expect(fieldErrorText(en, { code: 'too_long' })).to.equal(en.fields.too_long());
      expect(fieldErrorText(en, { code: 'too_short' })).to.equal(en.fields.too_short());
    });

    it('has catalog text for every code these rules add', () => {
      const added = [
        'invalid_characters',
        'phone_premium',
        'phone_unassigned',
        'phone_not_mobile',
        'email_local_too_long',
        'password_common',
        'password_contains_username',
      ] as const;
      for (const code of added) {
        expect(FIELD_ERROR_CODES, code).to.include(code);
        expect(fieldErrorText(en, { code }), code).to.not.equal(en.fields.invalid_format);
      }
      expect(FIELD_ERROR_CODES).to.not.include('weak_password');
    });
  });
});
