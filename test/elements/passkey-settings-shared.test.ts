import { PasskeySettingsHarness } from '../harness/passkey-settings.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: PasskeySettingsHarness.tag,
  readySelector: PasskeySettingsHarness.readySelector,
  loads: 'listPasskeys',
});
