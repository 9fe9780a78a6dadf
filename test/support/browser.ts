/**
 * What differs between the two browsers the suite runs in (Chromium over CDP, Firefox over WebDriver
 * BiDi), kept in one place so a test says which difference it works around.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const inFirefox = navigator.userAgent.includes('Firefox/');

/**
 * Media emulation (`emulateMedia`'s prefers-color-scheme and prefers-reduced-motion, and our
 * `emulateForcedColors`) is a CDP call; WebDriver BiDi has none yet, so in Firefox the tests that
 * switch a media feature cannot run.
 */
export const canEmulateMedia = !inFirefox;

/** `it` in a browser that can emulate media features; skipped in Firefox (see `canEmulateMedia`). */
export const itEmulatingMedia: Mocha.TestFunction | Mocha.PendingTestFunction = canEmulateMedia
  ? it
  : it.skip;

/**
 * The DevTools protocol (garbage collection, the DOM counters, the network log of
 * `scripts/wtr-devtools.mjs`) is Chromium's; WebDriver BiDi offers none of it.
 */
export const hasDevtools = !inFirefox;

/** `it` in a browser with the DevTools protocol; skipped in Firefox (see `hasDevtools`). */
export const itWithDevtools: Mocha.TestFunction | Mocha.PendingTestFunction = hasDevtools ? it : it.skip;

/** Windows high contrast on or off, in Chromium (the `emulate-forced-colors` command of the config). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}

/**
 * The name `sendKeys({ press })` takes for the space bar. CDP knows "Space"; puppeteer's BiDi keyboard
 * knows only the character, which CDP takes as well.
 */
export const SPACE = ' ';
