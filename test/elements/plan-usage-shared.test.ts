import { PlanUsageHarness } from '../harness/plan-usage.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: PlanUsageHarness.tag,
  readySelector: PlanUsageHarness.readySelector,
  loads: 'getPlan',
});
