import { PhoneSettingsHarness } from '../harness/phone-settings.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: PhoneSettingsHarness.tag,
  readySelector: PhoneSettingsHarness.readySelector,
  loads: 'getVoiceSettings',
});
