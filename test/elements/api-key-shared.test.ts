import { ApiKeyHarness } from '../harness/api-key.js';
import { sharedElementSuite } from './shared/element-suite.js';

sharedElementSuite({
  tag: ApiKeyHarness.tag,
  readySelector: ApiKeyHarness.readySelector,
  loads: 'getApiKey',
});
