import { Frame, type FrameWaitForFunctionOptions } from 'puppeteer-core';

/**
 * Every `waitForFunction` of the browser tests polls on a timer unless it says otherwise.
 * Puppeteer's default polls on each animation frame, and a page in a background tab draws none: a
 * wait on any page but the front one (the panel while the popup is open, the desk while the panel
 * is) checked once, then timed out, so it passed only when its condition already held. That made
 * tests fail on a loaded machine. (Loaded as a setup file of the browser tests.)
 */
type Wait = (this: Frame, pageFunction: unknown, options?: FrameWaitForFunctionOptions, ...args: unknown[]) => unknown;
const waitForFunction = Frame.prototype.waitForFunction as unknown as Wait;
const byTime: Wait = function (pageFunction, options = {}, ...args) {
  return waitForFunction.call(this, pageFunction, { polling: 50, ...options }, ...args);
};
Frame.prototype.waitForFunction = byTime as unknown as Frame['waitForFunction'];
