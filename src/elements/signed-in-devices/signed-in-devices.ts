import { define } from '../../core/define.js';
import { SignedInDevices } from './signed-in-devices.component.js';

export { SignedInDevices };

define('signed-in-devices', SignedInDevices);

declare global {
  interface HTMLElementTagNameMap {
    'signed-in-devices': SignedInDevices;
  }
}
