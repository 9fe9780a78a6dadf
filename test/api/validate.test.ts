import { expect } from '@open-wc/testing';
import { profileUpdate, validate, parseInput, isAccountError } from '../../src/api/index.js';

describe('validate', () => {
  it('returns the parsed, trimmed data when input fits', () => {
    const result = validate(profileUpdate, { name: '  Ada  ', username: ' Ada.L ' });
    expect(result).to.deep.equal({ ok: true, data: { name: 'Ada', username: 'ada.l' } });
  });

  it('gives one field-error code per field', () => {
    const result = validate(profileUpdate, { name: '   ', username: 'a' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.fields.name?.code).to.equal('required');
    expect(result.fields.username?.code).to.equal('too_short');
  });

  it('throws a validation AccountError from parseInput', () => {
    try {
      parseInput(profileUpdate, { username: '9lives' });
      expect.fail('should throw');
    } catch (error) {
      expect(isAccountError(error, 'validation')).to.equal(true);
    }
  });
});
