import { html, type TemplateResult } from 'lit';

/*
 * An eight-toothed gear with a round hole, drawn for this element on a 24-unit grid (teeth reach
 * radius 10.5, the rim 7.75, the hole 3.25). Filled with the text colour, so it follows the theme
 * and forced-colours mode; decoration only, since the button it sits in carries the name.
 */
const GEAR_PATH =
  'M9.73 4.59L10.18 1.66A10.5 10.5 0 0 1 13.82 1.66L14.27 4.59A7.75 7.75 0 0 1 15.64 5.16' +
  'L18.02 3.4A10.5 10.5 0 0 1 20.6 5.98L18.84 8.36A7.75 7.75 0 0 1 19.41 9.73' +
  'L22.34 10.18A10.5 10.5 0 0 1 22.34 13.82L19.41 14.27A7.75 7.75 0 0 1 18.84 15.64' +
  'L20.6 18.02A10.5 10.5 0 0 1 18.02 20.6L15.64 18.84A7.75 7.75 0 0 1 14.27 19.41' +
  'L13.82 22.34A10.5 10.5 0 0 1 10.18 22.34L9.73 19.41A7.75 7.75 0 0 1 8.36 18.84' +
  'L5.98 20.6A10.5 10.5 0 0 1 3.4 18.02L5.16 15.64A7.75 7.75 0 0 1 4.59 14.27' +
  'L1.66 13.82A10.5 10.5 0 0 1 1.66 10.18L4.59 9.73A7.75 7.75 0 0 1 5.16 8.36' +
  'L3.4 5.98A10.5 10.5 0 0 1 5.98 3.4L8.36 5.16A7.75 7.75 0 0 1 9.73 4.59Z' +
  'M15.25 12A3.25 3.25 0 1 0 8.75 12A3.25 3.25 0 1 0 15.25 12Z';

export function gearIcon(): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path fill="currentColor" fill-rule="evenodd" d=${GEAR_PATH}></path>
  </svg>`;
}
