/**
 * What a person opening a deep link (`…#api-key`) must find once the page has loaded, on a fresh
 * page in a frame: the linked section on screen, its heading focused, its link current in the
 * navigation; and still so once every section above and below has loaded.
 */
import { expect } from '@open-wc/testing';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { cardHeading, until } from '../harness/element-harness.js';
import { focusedInFrame, frameDocument, inFrame } from './frame.js';

export async function expectArrivedAt(frame: HTMLIFrameElement, id: string): Promise<void> {
  const page = new AccountSettingsHarness(await inFrame<AccountSettings>(frame, 'account-settings'));
  const heading = () => cardHeading(page.section(id));
  await until(
    () => heading() !== null && focusedInFrame(frame) === heading(),
    `the heading of #${id} never had focus`,
    10_000,
  );
  await page.allShowData();
  const view = frameDocument(frame).defaultView!;
  const box = heading()!.getBoundingClientRect();
  expect(view.scrollY, 'the page did not move from the top').to.be.greaterThan(0);
  expect(box.top, `the heading of #${id} is above the screen`).to.be.at.least(0);
  expect(box.bottom, `the heading of #${id} is below the screen`).to.be.at.most(view.innerHeight);
  expect(page.navLinks.find((link) => link.current)?.href, 'the current section').to.equal(`#${id}`);
  expect(focusedInFrame(frame), 'focus moved off the heading').to.equal(heading());
}
