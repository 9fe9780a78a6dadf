import { SettingsSection } from '../../src/elements/settings-section/settings-section.component.js';
import type { SettingsField } from '../../src/elements/settings-section/settings-section.component.js';
import { sharedElementSuite } from './shared/element-suite.js';

/**
 * The suite mounts a bare tag; a bare `<settings-section>` has nothing to load. So this page (each
 * test file runs in its own) registers the tag with a section configured as a host would: a few
 * fields of the messaging settings, through the page's adapter.
 */
class QuickMessageSettings extends SettingsSection {
  constructor() {
    super();
    this.headingText = 'Quick settings';
    this.resource = 'messages';
    this.fields = [
      { kind: 'switch', path: 'autoReply.enabled', label: 'Auto-reply' },
      { kind: 'textarea', path: 'signature', label: 'Signature' },
    ] satisfies SettingsField[];
  }
}
customElements.define('settings-section', QuickMessageSettings);

sharedElementSuite({
  tag: 'settings-section',
  readySelector: '.settings-form',
  loads: 'getMessageSettings',
});
