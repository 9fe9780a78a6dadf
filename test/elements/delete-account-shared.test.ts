import { DeleteAccountHarness } from '../harness/delete-account.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: DeleteAccountHarness.tag,
  readySelector: DeleteAccountHarness.readySelector,
  loads: 'getAccount',
});
