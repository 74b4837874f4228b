/**
 * Vitest global setup of the browser project: one served build and one Debian Chromium
 * (never a downloaded browser) for every browser test file, started once per run.
 * The test files connect to them through `openSite()` in tests/e2e/browser.ts.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';
import { DIST, requireBuild } from '../site/built.ts';

export const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:port of the served dist/. */
    siteBase: string;
    /** WebSocket address of the shared Chromium (playwright's browser server). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireBuild();
  const server = await serve(DIST, 0);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launchServer({
    executablePath: CHROME,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  project.provide('siteBase', `http://127.0.0.1:${String(port)}`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    server.close();
  };
}
