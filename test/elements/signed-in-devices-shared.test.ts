import { SignedInDevicesHarness } from '../harness/signed-in-devices.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: SignedInDevicesHarness.tag,
  readySelector: SignedInDevicesHarness.readySelector,
  loads: 'listSessions',
});
