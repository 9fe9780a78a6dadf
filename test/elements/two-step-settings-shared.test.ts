import { TwoStepSettingsHarness } from '../harness/two-step-settings.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: TwoStepSettingsHarness.tag,
  readySelector: TwoStepSettingsHarness.readySelector,
  loads: 'getTwoStep',
});
