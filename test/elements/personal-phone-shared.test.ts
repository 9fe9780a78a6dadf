import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: PersonalPhoneHarness.tag,
  readySelector: PersonalPhoneHarness.readySelector,
  loads: 'getAccount',
});
