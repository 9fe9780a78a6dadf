/**
 * The internal building blocks: Lit template functions and their styles, rendered inside each
 * element's own shadow root so ids tie labels and errors together and no internal tag can clash
 * with a host page's. An element lists the styles it needs:
 * `static styles = [tokenStyles, baseStyles, fieldStyles, buttonStyles, ...]`.
 */
export { tokens, tokenDefault, tokenStyles, type TokenName } from './tokens.js';
export { baseStyles } from './base.js';
export { partNames } from './parts.js';
export { cssVars } from './css-vars.js';
export { deepActiveElement, focusIfConnected } from './focus.js';
export {
  field,
  textInput,
  textArea,
  selectField,
  fieldStyles,
  type FieldOptions,
  type TextInputOptions,
  type TextAreaOptions,
  type SelectFieldOptions,
  type SelectChoice,
  type InputMode,
} from './field.js';
export { button, buttonStyles, type ButtonOptions, type ButtonVariant } from './button.js';
export { dialog, DialogController, dialogStyles, type DialogOptions } from './dialog.js';
export { oneTimeCode, codeDigits, oneTimeCodeStyles, type OneTimeCodeOptions } from './one-time-code.js';
export { meter, meterTone, meterStyles, type MeterOptions, type MeterTone } from './meter.js';
export { status, statusStyles, type StatusOptions, type StatusTone } from './status.js';
export { section, sectionStyles, type SectionOptions, type HeadingLevel } from './section.js';
export { skeleton, skeletonStyles, type SkeletonOptions } from './skeleton.js';
export { switchControl, switchStyles, type SwitchOptions } from './switch.js';
export { writeClipboard, downloadText } from './clipboard.js';
