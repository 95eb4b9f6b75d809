/// <reference lib="dom" />
/**
 * What the browser tests share: Debian's Chromium launched as this machine allows (no
 * sandbox, no network of its own), the demo site they visit, where screenshots go, and the
 * accessibility audit.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { startSite, type RunningSite } from '../src/cli/serve.js';
import { loadConfig } from '../src/config/config.js';
import { chromiumPath } from '../src/test-support/global-setup.js';

export const screenshots = path.join(import.meta.dirname, 'screenshots');

/** Browser tests share two cores with the rest of the suite: give them room. */
export const browserTestTimeout = 120_000;

/** The flags Chromium needs on this kind of machine (also used by `npm run bench:lighthouse`). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `midad serve` with the demo content on a fresh data dir and a free port of 127.0.0.1. */
export async function startDemoSite(
  name: string,
): Promise<{ site: RunningSite; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `midad-${name}-`));
  const config = loadConfig({
    MIDAD_DATA_DIR: dataDir,
    MIDAD_HOST: '127.0.0.1',
    MIDAD_PUBLIC_URL: 'http://127.0.0.1',
    MIDAD_LOG_LEVEL: 'silent',
  });
  const site = await startSite({ ...config, port: 0 });
  return {
    site,
    close: async () => {
      await site.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeRunner {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[];
  }>;
}

/**
 * axe-core's violations of any impact on the page, one line each. The page's context must
 * bypass its CSP (`bypassCSP: true`): the pages forbid scripts, the audit is let in for this.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
