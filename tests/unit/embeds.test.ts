import { describe, expect, it } from 'vitest';
import {
  HOST_SNIPPET,
  buildEmbedCode,
  buildOembed,
  embedId,
  embedPath,
  escapeText,
  externalLink,
  fragmentLink,
  isEmbedPageUrl,
  oembedPath,
} from '../../src/lib/embeds';

const MAP_EMBED = { figure: 'mappa', articleHref: '/base/articolo/' } as const;
const TIMELINE_EMBED = { figure: 'cronologia', articleHref: '/base/articolo/' } as const;
const OUT = { target: '_blank', rel: 'noopener' };

describe('embedPath(slug, figure), oembedPath(slug, figure) and embedId(slug, figure)', () => {
  it('puts each figure’s page under <slug>/incorpora/, its oEmbed answer beside it', () => {
    expect(embedPath('articolo', 'mappa')).toBe('articolo/incorpora/mappa/');
    expect(oembedPath('articolo', 'cronologia')).toBe('articolo/incorpora/cronologia/oembed.json');
    expect(embedId('articolo', 'mappa')).toBe('articolo-mappa');
  });

  it('tells an embed page’s URL from others, under any base', () => {
    expect(isEmbedPageUrl('https://x.test/base/articolo/incorpora/mappa/')).toBe(true);
    expect(isEmbedPageUrl('https://x.test/articolo/incorpora/cronologia/')).toBe(true);
    expect(isEmbedPageUrl('https://x.test/base/articolo/condividi/conclusione/')).toBe(false);
    expect(isEmbedPageUrl('https://x.test/incorpora/')).toBe(false);
  });
});

describe('fragmentLink(id, embed)', () => {
  it('links in the page on the article itself', () => {
    expect(fragmentLink('conclusione')).toEqual({ href: '#conclusione' });
  });

  it('keeps the map’s own fragments in the map’s embed and sends the rest to the article in a new tab', () => {
    for (const id of ['attore-giappone', 'mappa-tappa-4', 'rapporto-armi', 'schede-attori']) {
      expect(fragmentLink(id, MAP_EMBED)).toEqual({ href: `#${id}` });
    }
    expect(fragmentLink('tappa-arrivo-a-vostochny', MAP_EMBED)).toEqual({
      href: '/base/articolo/#tappa-arrivo-a-vostochny',
      ...OUT,
    });
    expect(fragmentLink('conclusione', MAP_EMBED)).toEqual({ href: '/base/articolo/#conclusione', ...OUT });
  });

  it('keeps the events and the day-by-day list in the timeline’s embed, and sends the map’s stops out', () => {
    expect(fragmentLink('tappa-arrivo-a-vostochny', TIMELINE_EMBED)).toEqual({ href: '#tappa-arrivo-a-vostochny' });
    expect(fragmentLink('cronologia-completa', TIMELINE_EMBED)).toEqual({ href: '#cronologia-completa' });
    expect(fragmentLink('mappa-tappa-4', TIMELINE_EMBED)).toEqual({ href: '/base/articolo/#mappa-tappa-4', ...OUT });
  });
});

describe('externalLink(href, embed)', () => {
  it('opens another site in a new tab only from an embed', () => {
    expect(externalLink('https://tass.com/x')).toEqual({ href: 'https://tass.com/x' });
    expect(externalLink('https://tass.com/x', MAP_EMBED)).toEqual({ href: 'https://tass.com/x', ...OUT });
  });
});

describe('escapeText(text)', () => {
  it('escapes only what could start markup in an element’s text', () => {
    expect(escapeText('<iframe src="a?b=1&c=2"></textarea>')).toBe('&lt;iframe src="a?b=1&amp;c=2">&lt;/textarea>');
  });
});

describe('buildEmbedCode({ src, title, height })', () => {
  const code = buildEmbedCode({
    src: 'https://x.test/a/incorpora/mappa/',
    title: 'Gli "attori" & i rapporti',
    height: 900,
  });

  it('gives a full-width, borderless iframe with the figure’s title, then the host snippet', () => {
    const [iframe, snippet] = code.split('\n');
    expect(iframe).toBe(
      '<iframe src="https://x.test/a/incorpora/mappa/" title="Gli &quot;attori&quot; &amp; i rapporti" height="900" style="width:100%;border:0" allow="clipboard-write"></iframe>',
    );
    expect(snippet).toBe(HOST_SNIPPET);
  });
});

describe('HOST_SNIPPET', () => {
  /** Runs the snippet with a fake window of two iframes; returns the listener it added and the frames. */
  function runSnippet() {
    const frames = [
      { contentWindow: { name: 'ours' }, style: { height: '' } },
      { contentWindow: { name: 'other' }, style: { height: '' } },
    ];
    let listener: ((event: { data: unknown; source: unknown }) => void) | undefined;
    const source = HOST_SNIPPET.replace(/^<script>|<\/script>$/g, '');
    new Function('addEventListener', 'document', source)(
      (type: string, fn: typeof listener) => type === 'message' && (listener = fn),
      { querySelectorAll: () => frames },
    );
    return { frames, send: (data: unknown, source: unknown) => listener!({ data, source }) };
  }

  it('sets the height of the iframe whose page sent a Datawrapper height message, and of no other', () => {
    const { frames, send } = runSnippet();
    send({ 'datawrapper-height': { 'articolo-mappa': 1234 } }, frames[0]!.contentWindow);
    expect(frames.map((frame) => frame.style.height)).toEqual(['1234px', '']);
  });

  it('ignores other messages, a pym.js string or none at all, without throwing', () => {
    const { frames, send } = runSnippet();
    send('pymxPYMxidxPYMxheightxPYMx500', frames[0]!.contentWindow);
    send(null, frames[0]!.contentWindow);
    send({ other: 1 }, frames[1]!.contentWindow);
    expect(frames.map((frame) => frame.style.height)).toEqual(['', '']);
  });
});

describe('buildOembed(input)', () => {
  it('answers oEmbed 1.0 with a rich type whose html is the embed code', () => {
    const input = {
      src: 'https://x.test/a/incorpora/cronologia/',
      title: 'La visita',
      height: 1090,
      providerName: 'Spiegazioni',
      providerUrl: 'https://x.test/a/',
    };
    expect(buildOembed(input)).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'La visita',
      provider_name: 'Spiegazioni',
      provider_url: 'https://x.test/a/',
      html: buildEmbedCode(input),
      width: 640,
      height: 1090,
    });
  });
});
