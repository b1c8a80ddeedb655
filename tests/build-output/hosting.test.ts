import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { ROOT, buildOrThrow } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { serveStatic, type StaticServer } from '../helpers/server';
import sharp from 'sharp';
import { crawl, type CrawlResult } from '../helpers/crawl';
import { listFiles, parseWithPre } from '../helpers/html';
import { SHARE_IMAGE_BYTES } from '../budgets';
import { SLUG } from '../helpers/article';

const SITE = 'https://spiegazioni.test';
const SUB = '/spiegazioni/corea-russia/';
const SECTIONS = [
  'la-corea-del-nord-dallinizio-della-guerra-in-ucraina',
  'il-viaggio-di-kim-jong-un-in-russia',
  'cosa-aspettarsi-dal-viaggio-in-russia',
  'conclusione',
];
const contentIds = (file: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as { id: string }[]).map((entry) => entry.id);
/** Every fragment with a share page: the sections, each timeline event and each actor of the content files. */
const SHARED = [
  ...SECTIONS,
  ...contentIds('visit.json').map((id) => `tappa-${id}`),
  ...contentIds('actors.json').map((id) => `attore-${id}`),
];

/** The figures with an embed page (and, with SITE, an oEmbed answer). */
const EMBEDS = ['mappa', 'cronologia'];

interface Build {
  name: string;
  dir: string;
  base: string;
  site?: string;
  server?: StaticServer;
  crawled?: CrawlResult;
}

const fixture = makeFixtureProject();
const builds: Build[] = [
  { name: 'the root build without SITE', dir: join(ROOT, 'dist'), base: '/' },
  { name: `the build under ${SUB} with SITE`, dir: join(fixture.root, 'dist'), base: SUB, site: SITE },
];

beforeAll(async () => {
  // The default build (global setup) is the first; the second is a copy of the project built with
  // SITE and BASE, so the two never share an output folder.
  // With an empty font configuration: the share images must not depend on the machine's fonts.
  writeFileSync(join(fixture.root, 'fonts.conf'), '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
  await buildOrThrow(fixture.root, { SITE, BASE: SUB, FONTCONFIG_FILE: join(fixture.root, 'fonts.conf') });
  for (const build of builds) {
    build.server = await serveStatic(build.dir, build.base);
    build.crawled = await crawl(build.server.url);
  }
});
afterAll(async () => {
  for (const build of builds) await build.server?.close();
  fixture.remove();
});

it('draws byte-identical share images in both builds, the second with no system font configured', () => {
  const images = (dir: string) =>
    listFiles(join(dir, 'og'))
      .filter((file) => file.endsWith('.png'))
      .sort();
  const [first, second] = builds.map((build) => images(build.dir));
  expect(first!.length).toBe(1 + 1 + SHARED.length);
  expect(second).toEqual(first);
  const differing = first!.filter(
    (file) => !readFileSync(join(builds[0]!.dir, 'og', file)).equals(readFileSync(join(builds[1]!.dir, 'og', file))),
  );
  expect(differing).toEqual([]);
});

const meta = (html: HTMLElement, key: string) =>
  html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const htmlPages = (build: Build) => [...build.crawled!.pages.values()].filter((page) => page.html);

describe.each(builds)('$name, served by a plain static server', (build) => {
  it('has zero broken links or assets from the start page on', () => {
    expect(build.crawled!.brokenLinks).toEqual([]);
  });

  it('has zero links to a #fragment that names no element', () => {
    expect(build.crawled!.brokenAnchors).toEqual([]);
  });

  it('reaches every page of the build, share pages and embed pages included', () => {
    const files = listFiles(build.dir).filter((file) => file.endsWith('.html') && file !== '404.html');
    const reached = htmlPages(build).map((page) => new URL(page.url).pathname);
    const expected = files.map((file) => `${build.base}${file.replace(/index\.html$/, '')}`);
    expect(reached.sort()).toEqual(expected.sort());
    expect(expected).toHaveLength(2 + SHARED.length + EMBEDS.length);
  });

  it('answers every page with and without the trailing slash', async () => {
    for (const page of htmlPages(build)) {
      const withoutSlash = page.url.replace(/\/$/, '');
      if (withoutSlash === build.server!.origin) continue;
      expect((await fetch(withoutSlash)).status, withoutSlash).toBe(200);
    }
  });

  it('writes every internal link absolute from the base, so it works at any depth', () => {
    for (const page of htmlPages(build)) {
      const hrefs = page
        .html!.querySelectorAll('a[href], link[href], script[src]')
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
      for (const href of hrefs.filter((value) => !/^(https?:|#|data:)/.test(value)))
        expect(href.startsWith(build.base), `${page.url}: ${href}`).toBe(true);
    }
  });

  it('sends each share page on to its section, event or actor, with a visible link too', () => {
    for (const section of SHARED) {
      const page = build.crawled!.pages.get(`${build.server!.url}${SLUG}/condividi/${section}/`);
      const target = `${build.base}${SLUG}/#${section}`;
      expect(meta(page!.html!, 'refresh')).toBeUndefined();
      expect(page!.html!.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
      expect(page!.html!.querySelectorAll('main a').map((link) => link.getAttribute('href'))).toContain(target);
    }
  });

  it('serves the Italian 404 page for a missing path, with a working home link and assets', async () => {
    const response = await fetch(`${build.server!.url}non/esiste/`);
    expect(response.status).toBe(404);
    const { parse } = await import('node-html-parser');
    const html = parse(await response.text());
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('it');
    expect(html.querySelector('h1')?.text).toBe('Pagina non trovata');
    const home = html.querySelectorAll('main a').map((link) => link.getAttribute('href')!);
    expect(home).toEqual([build.base]);
    const assets = html
      .querySelectorAll('link[href], script[src]')
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
    for (const url of [...home, ...assets])
      expect((await fetch(new URL(url, build.server!.origin))).status, url).toBe(200);
  });

  it('lets only hashed scripts run: a CSP meta tag on every page, without unsafe-inline', () => {
    for (const page of [...htmlPages(build)]) {
      const csp = page.html!.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, page.url).not.toBe('');
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("default-src 'self'");
      for (const script of page.html!.querySelectorAll('script:not([src]):not([type="application/ld+json"])')) {
        const hash = createHash('sha256').update(script.innerHTML).digest('base64');
        expect(scriptSrc, page.url).toContain(`'sha256-${hash}'`);
      }
      expect(meta(page.html!, 'referrer')).toBe('no-referrer');
    }
  });

  it('gives every page a title, description, canonical and Open Graph and Twitter tags', () => {
    for (const page of htmlPages(build)) {
      const html = page.html!;
      const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(html.querySelector('title')?.text, page.url).toBeTruthy();
      expect(meta(html, 'description'), page.url).toBeTruthy();
      expect(
        canonical.startsWith(build.site ? `${build.site}${build.base}` : build.base),
        `${page.url}: ${canonical}`,
      ).toBe(true);
      expect(meta(html, 'og:locale')).toBe('it_IT');
      for (const key of ['og:title', 'og:description', 'og:type', 'twitter:card']) {
        expect(meta(html, key), `${page.url} ${key}`).toBeTruthy();
      }
    }
  });

  it('emits no made-up domain anywhere', () => {
    for (const file of listFiles(build.dir).filter((name) => /\.(html|xml|txt|js|css)$/.test(name))) {
      expect(readFileSync(join(build.dir, file), 'utf8'), file).not.toMatch(/example\.(com|org|net)/);
    }
  });

  it('describes the article as a schema.org Article in JSON-LD, without author or publication date, modified at its newest update', () => {
    const page = build.crawled!.pages.get(`${build.server!.url}${SLUG}/`)!;
    const data = JSON.parse(page.html!.querySelector('script[type="application/ld+json"]')!.text);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Article');
    expect(data.headline).toBe(page.html!.querySelector('h1')!.text);
    expect(data.description).toBe(meta(page.html!, 'description'));
    expect(data.inLanguage).toBe('it');
    for (const invented of ['author', 'datePublished', 'publisher']) expect(data).not.toHaveProperty(invented);
    const updates = JSON.parse(readFileSync(join(ROOT, 'content', 'updates.json'), 'utf8')) as { date: string }[];
    expect(data.dateModified).toBe(
      updates
        .map((update) => update.date)
        .sort()
        .at(-1),
    );
    if (build.site) {
      expect(data.url).toBe(`${SITE}${SUB}${SLUG}/`);
      expect(data.image).toBe(`${SITE}${SUB}og/${SLUG}.png`);
    } else {
      expect(data).not.toHaveProperty('url');
      expect(data).not.toHaveProperty('image');
    }
  });
});

describe('the root build without SITE', () => {
  const build = builds[0]!;
  it('leaves out og:url and the image tags, which need an absolute URL', () => {
    for (const page of htmlPages(build)) {
      for (const key of ['og:url', 'og:image', 'twitter:image:alt'])
        expect(meta(page.html!, key), `${page.url} ${key}`).toBeUndefined();
      expect(meta(page.html!, 'twitter:card')).toBe('summary');
    }
  });
  it('emits neither a sitemap nor robots.txt', () => {
    expect(readdirSync(build.dir).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    expect(existsSync(join(build.dir, 'robots.txt'))).toBe(false);
  });
});

describe(`the build under ${SUB} with SITE`, () => {
  const build = builds[1]!;
  it('names an event or an actor in its share page: title, whole description and image text', () => {
    const event = (
      JSON.parse(readFileSync(join(ROOT, 'content', 'visit.json'), 'utf8')) as {
        id: string;
        title: string;
        text: string;
      }[]
    ).find((entry) => entry.id === 'vertice-a-vostochny')!;
    const actor = (
      JSON.parse(readFileSync(join(ROOT, 'content', 'actors.json'), 'utf8')) as {
        id: string;
        name: string;
        role: string;
      }[]
    ).find((entry) => entry.id === 'giappone')!;
    for (const { fragment, title, description } of [
      { fragment: `tappa-${event.id}`, title: event.title, description: `13 settembre 2023. ${event.text}` },
      { fragment: `attore-${actor.id}`, title: actor.name, description: actor.role },
    ]) {
      const html = build.crawled!.pages.get(`${build.server!.url}${SLUG}/condividi/${fragment}/`)!.html!;
      expect(html.querySelector('h1')?.text).toBe(title);
      expect(meta(html, 'og:title')?.startsWith(`${title} · `)).toBe(true);
      expect(meta(html, 'og:description')).toBe(description);
      expect(html.querySelectorAll('main p').map((paragraph) => paragraph.text)).toContain(description);
      expect(meta(html, 'og:image:alt')).toMatch(new RegExp(`: ${title}$`));
    }
  });

  it('excerpts a section for its share page: under 200 characters, cut at a word, quotations closed', () => {
    for (const section of SECTIONS) {
      const html = build.crawled!.pages.get(`${build.server!.url}${SLUG}/condividi/${section}/`)!.html!;
      const shown = meta(html, 'og:description')!;
      expect(shown.length, section).toBeGreaterThan(100);
      expect(shown.length, section).toBeLessThanOrEqual(200);
      expect(shown, section).toMatch(/\S…”?$/);
      expect(shown.split('“').length, section).toBe(shown.split('”').length);
    }
  });

  it('gives every page an absolute og:url and a 1200×630 PNG og:image within the share-image budget, with its alt text', async () => {
    for (const page of htmlPages(build)) {
      const html = page.html!;
      const image = meta(html, 'og:image') ?? '';
      expect(meta(html, 'og:url')?.startsWith(`${SITE}${SUB}`), page.url).toBe(true);
      expect(image.startsWith(`${SITE}${SUB}og/`), page.url).toBe(true);
      expect(meta(html, 'twitter:image:alt')).toBe(meta(html, 'og:image:alt'));
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'og:image:alt')).toMatch(/^Mappa /);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      const file = join(build.dir, image.slice(`${SITE}${SUB}`.length));
      const bytes = readFileSync(file);
      const { format, width, height } = await sharp(bytes).metadata();
      expect({ format, width, height }, file).toEqual({ format: 'png', width: 1200, height: 630 });
      expect(bytes.length, file).toBeLessThanOrEqual(SHARE_IMAGE_BYTES);
    }
  });

  it('draws each share image with its own text: no two images are the same', () => {
    // resvg drops text it has no font for; then images that share a kicker would come out identical.
    const images = new Set(htmlPages(build).map((page) => meta(page.html!, 'og:image')!));
    const digests = new Set(
      [...images].map((image) =>
        createHash('sha256')
          .update(readFileSync(join(build.dir, image.slice(`${SITE}${SUB}`.length))))
          .digest('hex'),
      ),
    );
    expect(images.size).toBeGreaterThan(40);
    expect(digests.size).toBe(images.size);
  });

  it('points each share page canonical at its fragment and og:url at itself', () => {
    for (const section of SHARED) {
      const url = `${build.server!.url}${SLUG}/condividi/${section}/`;
      const html = build.crawled!.pages.get(url)!.html!;
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${SITE}${SUB}${SLUG}/#${section}`,
      );
      expect(meta(html, 'og:url')).toBe(`${SITE}${SUB}${SLUG}/condividi/${section}/`);
      expect(meta(html, 'og:image')).toBe(`${SITE}${SUB}og/${SLUG}/${section}.png`);
    }
  });

  it('answers oEmbed for each embed: valid JSON, rich type, every URL absolute under SITE and BASE', async () => {
    for (const figure of EMBEDS) {
      const url = `${SITE}${SUB}${SLUG}/incorpora/${figure}/oembed.json`;
      const response = await fetch(`${build.server!.url}${url.slice(`${SITE}${SUB}`.length)}`);
      expect(response.status, url).toBe(200);
      const oembed = JSON.parse(await response.text());
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Spiegazioni' });
      expect(oembed.provider_url).toBe(`${SITE}${SUB}`);
      expect(typeof oembed.title === 'string' && oembed.title.length > 10).toBe(true);
      expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
      expect(oembed.height).toBeGreaterThan(500);
      const src = /^<iframe src="([^"]+)"/.exec(oembed.html)?.[1];
      expect(src).toBe(`${SITE}${SUB}${SLUG}/incorpora/${figure}/`);
      expect(oembed.html).toContain(`height="${oembed.height}"`);
      expect(oembed.html).toContain('<script>addEventListener("message"');
      // Discovery, on the article and on the embed page itself.
      const embed = build.crawled!.pages.get(`${build.server!.url}${SLUG}/incorpora/${figure}/`)!.html!;
      const article = parseWithPre(build.crawled!.pages.get(`${build.server!.url}${SLUG}/`)!.body.toString('utf8'));
      for (const html of [embed, article]) {
        const links = html.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
        expect(links.map((link) => link.getAttribute('href'))).toContain(url);
      }
      expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${SITE}${SUB}${SLUG}/#${figure === 'mappa' ? 'mappa' : 'cronologia'}`,
      );
      // The code under "Incorpora" on the article is the same, absolute without a script to fix it.
      expect(article.querySelector(`#incorpora-${figure}`)?.text).toBe(oembed.html);
    }
  });

  it('lists home and article, and no share page, in the sitemap that robots.txt names', async () => {
    const locsOf = async (url: string) =>
      [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const robots = await (await fetch(`${build.server!.url}robots.txt`)).text();
    const index = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(index).toBe(`${SITE}${SUB}sitemap-index.xml`);
    // The index lists the sitemap files by their public address; fetch them from the test server.
    const files = await locsOf(`${build.server!.url}sitemap-index.xml`);
    expect(files.every((file) => file.startsWith(`${SITE}${SUB}`))).toBe(true);
    const locs = (
      await Promise.all(files.map((file) => locsOf(`${build.server!.url}${file.slice(`${SITE}${SUB}`.length)}`)))
    ).flat();
    expect(locs.sort()).toEqual([`${SITE}${SUB}`, `${SITE}${SUB}${SLUG}/`]);
  });
});
