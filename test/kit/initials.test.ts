import { expect } from '@open-wc/testing';
import { initials } from '../../src/kit/initials.js';

describe('initials()', () => {
  it('takes the first letters of the first and last words, upper-cased', () => {
    expect(initials('Ada Lovelace')).to.equal('AL');
    expect(initials('grace brewster murray hopper')).to.equal('GH');
  });

  it('takes one letter from a one-word name, and stands in with ? for a blank one', () => {
    expect(initials('Cher')).to.equal('C');
    expect(initials('   ')).to.equal('?');
  });

  it('keeps a character outside the BMP whole', () => {
    expect(initials('𝒜da Lovelace')).to.equal('𝒜L');
  });
});
