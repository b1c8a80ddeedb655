import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser';

/**
 * One unthrottled load in Chromium via playwright, with or without JavaScript (Lighthouse cannot
 * run with script execution disabled): FCP and LCP from the page's own performance entries, and the
 * bytes transferred (headers + body as received, i.e. gzipped).
 */
export async function loadPage(url: string, javascript: boolean): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: javascript, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const requests: Promise<number>[] = [];
    page.on('requestfinished', (request) =>
      requests.push(request.sizes().then((sizes) => sizes.responseHeadersSize + sizes.responseBodySize)),
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    // Synchronous reads only: with the page's scripts off, its timers and promise callbacks never run.
    const timings = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
      const entries = observer.takeRecords();
      observer.disconnect();
      return { fcp, lcp: entries[entries.length - 1]?.startTime ?? 0 };
    });
    const bytes = (await Promise.all(requests)).reduce((sum, size) => sum + size, 0);
    return { ...timings, 'bytes.total': bytes, requests: requests.length };
  } finally {
    await browser.close();
  }
}
