import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: PasswordSettingsHarness.tag,
  readySelector: PasswordSettingsHarness.readySelector,
  loads: 'getAccount',
});
