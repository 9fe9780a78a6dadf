import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AccountError } from '../../src/api/index.js';
import { SettingsSectionHarness } from '../harness/settings-section.js';
import { cardHeading, NOTICE, text } from '../harness/element-harness.js';
import { INBOX_FIELDS, InboxBackend, teamInboxSection } from '../support/team-inbox.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { recordEvents } from '../support/events.js';
import { mountIn, type Theme } from '../support/mount.js';
import { backend as recordingBackend } from '../support/recording-adapter.js';

/** The README's section, on its host's own backend, on a page with no adapter at all. */
async function mountInbox(backend: InboxBackend, theme: Theme = 'light') {
  const { harness } = await mountIn(SettingsSectionHarness, teamInboxSection(backend, theme));
  return harness;
}

describe('<settings-section>: a section of the host’s own', () => {
  it('shows the host’s settings with its heading, from its own load, with no adapter', async () => {
    const harness = await mountInbox(new InboxBackend());
    expect(text(cardHeading(harness.element))).to.equal('Team inbox');
    expect(harness.isOn('Shared inbox')).to.equal(false);
    expect(harness.shows('Assign new texts to')).to.equal(false);
    expect(harness.field<HTMLSelectElement>('Priority of new texts').value).to.equal('normal');
    expect(harness.field('Remind me after (minutes)').value).to.equal('15');
    expect(harness.field('Remind me after (minutes)').max, 'the limit from the host’s schema').to.equal(
      '120',
    );
    await expect(harness.element).to.be.accessible();
    await expectPartsDocumented(harness);
  });

  it('a switch that needs a field waits for it; Save sends both through the host’s save', async () => {
    const backend = new InboxBackend();
    const harness = await mountInbox(backend);
    const saved = recordEvents(harness.element, 'account-settings-saved');
    await harness.toggle('Shared inbox');
    expect(harness.errorOf('Assign new texts to')).to.equal(en.fields.required);
    expect(backend.saves).to.have.length(0);
    await harness.fill('Assign new texts to', 'Grace');
    await harness.choose('Priority of new texts', 'high');
    await harness.save();
    await waitUntil(() => harness.status === en.settingsSection.saved, 'the save was not said');
    expect(backend.stored).to.deep.equal({
      shared: true,
      assignTo: 'Grace',
      priority: 'high',
      remindAfter: 15,
    });
    expect(saved.map((event) => event.section)).to.deep.equal(['team-inbox']);
    expect(saved.map((event) => JSON.stringify(event.settings))).to.deep.equal([
      JSON.stringify(backend.stored),
    ]);
  });

  it('a switch alone is saved at once; a failure puts it back and says why', async () => {
    const backend = new InboxBackend();
    backend.stored = { ...backend.stored, assignTo: 'Ada' };
    backend.failNext = new AccountError('network', 'down');
    const harness = await mountInbox(backend);
    await harness.toggle('Shared inbox');
    await waitUntil(() => harness.alert !== '', 'the failure was not said');
    expect(harness.alert).to.equal(`${en.errors.saveFailed} ${en.errors.network}`);
    expect(harness.isOn('Shared inbox')).to.equal(false);
    await harness.toggle('Shared inbox');
    await waitUntil(() => harness.isOn('Shared inbox') && !harness.isBusy('Shared inbox'));
    expect(backend.stored.shared).to.equal(true);
    expect(harness.status).to.equal(en.settingsSection.switchSaved('Shared inbox', true));
  });

  it('the schema’s limits are said before sending; the host backend’s refusal lands at its field', async () => {
    const backend = new InboxBackend();
    const harness = await mountInbox(backend);
    await harness.fill('Remind me after (minutes)', '500');
    expect(harness.errorOf('Remind me after (minutes)')).to.equal(en.settingsSection.outOfRange(5, 120));
    await harness.fill('Remind me after (minutes)', '30');

    await harness.toggle('Shared inbox');
    await harness.fill('Assign new texts to', 'Linus');
    await harness.save();
    await waitUntil(() => harness.errorOf('Assign new texts to') !== '', 'the refusal did not land');
    expect(harness.errorOf('Assign new texts to')).to.equal('Nobody on the team has that name');
    expect(harness.field('Assign new texts to').value, 'what was typed stays').to.equal('Linus');
    await expect(harness.element).to.be.accessible();
    await expectPartsDocumented(harness);
  });

  it('on a resource of the contract, it shares the page’s adapter and store', async () => {
    const adapter = recordingBackend();
    const fields = [{ kind: 'switch', path: 'autoReply.enabled', label: 'Auto-reply' }] as const;
    const { harness } = await mountIn(
      SettingsSectionHarness,
      html`
        <settings-section
          heading-text="Quick settings"
          resource="messages"
          .adapter=${adapter}
          .fields=${fields}
        >
        </settings-section>
      `,
    );
    await harness.toggle('Auto-reply');
    await harness.settled();
    expect((await adapter.getMessageSettings()).autoReply.enabled).to.equal(true);
  });

  it('says what is missing when it has neither a resource nor load and save', async () => {
    const el = await fixture<SettingsSectionHarness['element']>(
      html`<settings-section heading-text="Empty"></settings-section>`,
    );
    const harness = new SettingsSectionHarness(el);
    await harness.waitFor(NOTICE);
    expect(harness.notice).to.equal(en.settingsSection.noSource);
    await expect(el).to.be.accessible();
  });

  it('a failed load says so, with a retry that asks the host’s load again', async () => {
    const backend = new InboxBackend();
    let failures = 1;
    const load = (options: { signal: AbortSignal }) =>
      failures-- > 0 ? Promise.reject(new AccountError('timeout')) : backend.load(options);
    const el = await fixture<SettingsSectionHarness['element']>(html`
      <settings-section heading-text="Team inbox" .fields=${INBOX_FIELDS} .load=${load} .save=${backend.save}>
      </settings-section>
    `);
    const harness = new SettingsSectionHarness(el);
    await harness.waitFor('.notice--error');
    expect(text(harness.find('.notice--error p'))).to.equal(en.errors.timeout);
    await harness.click(en.common.retry);
    await harness.ready(SettingsSectionHarness.readySelector);
  });
});
