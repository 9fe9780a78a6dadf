import { AccountProfileHarness } from '../harness/account-profile.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: AccountProfileHarness.tag,
  readySelector: AccountProfileHarness.readySelector,
  loads: 'getAccount',
});
