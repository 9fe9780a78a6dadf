import { MessageSettingsHarness } from '../harness/message-settings.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: MessageSettingsHarness.tag,
  readySelector: MessageSettingsHarness.readySelector,
  loads: 'getMessageSettings',
});
