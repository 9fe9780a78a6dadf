/**
 * What differs between the three engines the suite runs in (Chromium over CDP, Firefox over WebDriver
 * BiDi, WebKit over classic WebDriver), kept in one place so a test says which difference it works
 * around.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const inFirefox = navigator.userAgent.includes('Firefox/');

/** Safari's engine (WebKitGTK's MiniBrowser here): AppleWebKit without Chromium's `Chrome/`. */
export const inWebKit =
  navigator.userAgent.includes('AppleWebKit/') && !navigator.userAgent.includes('Chrome/');

/**
 * Media emulation (`emulateMedia`'s prefers-color-scheme and prefers-reduced-motion, and our
 * `emulateForcedColors`) is a CDP call. WebDriver has none: not BiDi (Firefox) yet, nor classic
 * WebDriver (WebKit), so there the tests that switch a media feature cannot run.
 */
export const canEmulateMedia = !inFirefox && !inWebKit;

/**
 * `it` in a browser that can emulate media features; skipped in Firefox and WebKit (see
 * `canEmulateMedia`).
 */
export const itEmulatingMedia: Mocha.TestFunction | Mocha.PendingTestFunction = canEmulateMedia
  ? it
  : it.skip;

/**
 * The DevTools protocol (garbage collection, the DOM counters of `scripts/wtr-devtools.mjs`) is
 * Chromium's; WebDriver offers none of it, BiDi (Firefox) or classic (WebKit).
 */
export const hasDevtools = !inFirefox && !inWebKit;

/** `it` in a browser with the DevTools protocol; skipped in Firefox and WebKit (see `hasDevtools`). */
export const itWithDevtools: Mocha.TestFunction | Mocha.PendingTestFunction = hasDevtools ? it : it.skip;

/** Windows high contrast on or off, in Chromium (the `emulate-forced-colors` command of the config). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}

/**
 * The page's viewport, in every engine: wtr's own `setViewport` is Puppeteer's only, so the
 * `viewport` command of `scripts/wtr-commands.mjs` sizes WebKit's window to it.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', size);
}

/**
 * A key pressed with Shift held (Shift+Tab), in every engine: wtr's `sendKeys` cannot hold a key
 * down over WebDriver, so `scripts/wtr-commands.mjs` sends the chord as one action.
 */
export async function pressWithShift(key: string): Promise<void> {
  await executeServerCommand('press-holding', { hold: ['Shift'], press: key });
}

/**
 * The name `sendKeys({ press })` takes for the space bar. CDP knows "Space"; puppeteer's BiDi keyboard
 * and WebDriver know only the character, which CDP takes as well.
 */
export const SPACE = ' ';
