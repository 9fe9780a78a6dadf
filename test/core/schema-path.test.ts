import { expect } from '@open-wc/testing';
import { messageSettings, voiceSettings } from '../../src/api/index.js';
import {
  choicesAt,
  isNullable,
  isPathWithin,
  limitsAt,
  schemaAt,
  valueAt,
  withValueAt,
} from '../../src/core/schema-path.js';

describe('values and schemas at a path', () => {
  const settings = { hours: { days: [{ day: 1, open: '09:00' }], enabled: true }, name: 'x' };

  it('reads a value through objects and arrays; missing on the way is undefined', () => {
    expect(valueAt(settings, 'hours.days.0.open')).to.equal('09:00');
    expect(valueAt(settings, 'hours.days.3.open')).to.equal(undefined);
    expect(valueAt(settings, 'name.length.deeper')).to.equal(undefined);
    expect(valueAt(settings, '')).to.equal(settings);
  });

  it('writes a copy, sharing what it did not touch', () => {
    const next = withValueAt(settings, 'hours.days.0.open', '10:00');
    expect(next.hours.days[0]?.open).to.equal('10:00');
    expect(settings.hours.days[0]?.open, 'the original is unchanged').to.equal('09:00');
    expect(Array.isArray(next.hours.days)).to.equal(true);
    expect(next.name === settings.name).to.equal(true);
    expect(withValueAt({}, 'a.b', 1)).to.deep.equal({ a: { b: 1 } });
  });

  it('tells a path under another', () => {
    expect(isPathWithin('hours.days.2.open', 'hours.days')).to.equal(true);
    expect(isPathWithin('hours.days', 'hours.days')).to.equal(true);
    expect(isPathWithin('hours.daysOff', 'hours.days')).to.equal(false);
  });

  it('reads limits, choices and nullability from the contract’s schemas', () => {
    expect(limitsAt(voiceSettings, 'voicemail.ringSeconds')).to.deep.equal({ min: 5, max: 60 });
    expect(limitsAt(voiceSettings, 'voicemail.greeting.text')).to.deep.equal({ maxLength: 500 });
    expect(limitsAt(messageSettings, 'optOut.keywords')).to.deep.equal({ maxLength: 10 });
    expect(limitsAt(messageSettings, 'optOut.keywords.0')).to.deep.equal({ minLength: 1, maxLength: 20 });
    expect(choicesAt(voiceSettings, 'callerId.mode')).to.deep.equal(['business', 'personal', 'private']);
    expect(isNullable(schemaAt(voiceSettings, 'forwarding.number'))).to.equal(true);
    expect(isNullable(schemaAt(voiceSettings, 'voicemail.greeting.text'))).to.equal(false);
    expect(schemaAt(voiceSettings, 'no.such.path')).to.equal(undefined);
  });
});
