import { EmailSettingsHarness } from '../harness/email-settings.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: EmailSettingsHarness.tag,
  readySelector: EmailSettingsHarness.readySelector,
  loads: 'getAccount',
});
