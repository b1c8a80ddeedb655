import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, useEngine, type EnginePage } from '../helpers/engines';
import { serveForEngines, type EngineServer } from '../helpers/engines/server';
import { allCustomElementsDefined, readRecordedProblems } from '../helpers/engines/recorder';
import { hostFrame, writeHostPage } from '../helpers/host-page';
import { JOURNEY, mapActor } from './hooks';

const MAP = hostFrame('mappa');
const TIMELINE = hostFrame('cronologia');

/** The iframe's height on the host, and the framed document's height and overflow, in CSS px. */
async function measure(page: EnginePage, frame: string) {
  const iframe = await page.evaluate((css) => document.querySelector(css)!.getBoundingClientRect().height, frame);
  const inner = await page.evaluateInFrame(frame, () => {
    const root = document.documentElement;
    return {
      height: root.getBoundingClientRect().height,
      scrollsDown: root.scrollHeight > root.clientHeight,
      scrollsAcross: root.scrollWidth > root.clientWidth,
    };
  });
  return { iframe, ...inner };
}

/**
 * Brings the host's iframe into view: browsers pause the rendering of a frame of another origin that is
 * off screen (no frames, no resize observations), so an embed below the fold reports its height when the
 * reader scrolls to it.
 */
const showFrame = (page: EnginePage, frame: string) =>
  page.evaluate((css) => document.querySelector(css)!.scrollIntoView({ block: 'start' }), frame);

/** Waits until the host's iframe is as tall as the document it frames (within 2 px) and nothing in it scrolls. */
async function expectFitted(page: EnginePage, frame: string, what: string) {
  await showFrame(page, frame);
  let last: Awaited<ReturnType<typeof measure>> | undefined;
  await expect
    .poll(
      async () => {
        last = await measure(page, frame);
        return Math.abs(last.iframe - last.height) <= 2 && !last.scrollsDown && !last.scrollsAcross;
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBe(true);
  console.log(`${page.engine} ${what}: iframe ${last!.iframe} px, document ${last!.height.toFixed(1)} px`);
}

describe.each(ENGINES)('the embeds on another site’s page in %s', (name) => {
  const site = useEngine(name);
  let host: EngineServer;
  let hostDir: string;
  beforeAll(async () => {
    hostDir = writeHostPage(new URL(site.url).origin);
    host = await serveForEngines(hostDir);
  });
  afterAll(async () => {
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  const openHost = async (width: number) => {
    const page = await site.open(`${host.url}host`, { width, reducedMotion: true });
    expect(new URL(await page.url()).origin).not.toBe(new URL(site.url).origin);
    for (const frame of [MAP, TIMELINE]) {
      await showFrame(page, frame);
      await page.evaluateInFrame(frame, allCustomElementsDefined);
    }
    return page;
  };

  for (const width of [320, 1280]) {
    it(`fits each frame to its figure at ${width} px, also after an actor opens and after a day’s link`, async () => {
      const page = await openHost(width);
      await expectFitted(page, MAP, `map at ${width}`);
      await expectFitted(page, TIMELINE, `timeline at ${width}`);

      const before = (await measure(page, MAP)).iframe;
      // A click on a map label: the panel opens under the map and the frame grows with it.
      await page.evaluateInFrame(
        MAP,
        (css) => {
          document.querySelector(css)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        },
        mapActor('giappone'),
      );
      await expect.poll(() => page.evaluateInFrame(MAP, () => location.hash)).toBe('#attore-giappone');
      await expectFitted(page, MAP, `map at ${width} with Giappone open`);
      expect((await measure(page, MAP)).iframe).toBeGreaterThan(before + 100);

      // A day of the journey: its link opens the closed period and selects the event.
      const closed = (await measure(page, TIMELINE)).iframe;
      await page.evaluateInFrame(
        TIMELINE,
        (id) => {
          document.querySelector<HTMLAnchorElement>(`#cronologia a[href="#tappa-${id}"]`)!.click();
        },
        JOURNEY.vostochnyArrival,
      );
      await expect
        .poll(() =>
          page.evaluateInFrame(TIMELINE, () =>
            document.querySelector('visit-timeline a[aria-current="true"]')?.getAttribute('href'),
          ),
        )
        .toBe(`#tappa-${JOURNEY.vostochnyArrival}`);
      await expectFitted(page, TIMELINE, `timeline at ${width} with the journey open`);
      expect((await measure(page, TIMELINE)).iframe).toBeGreaterThan(closed + 500);

      for (const frame of [MAP, TIMELINE]) expect(await page.evaluateInFrame(frame, readRecordedProblems)).toEqual([]);
      await page.close();
    });
  }
});
