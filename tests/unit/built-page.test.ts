import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../src/lib/built-page';

describe('readBuiltPage(html, slug)', () => {
  const html = `<!doctype html><html><body>
    <a href="#contenuto">Salta</a><main id="contenuto">
    <h2 id="perché"><span id="perche" class="alias-anchor"></span>Perché</h2><a href="#perch%C3%A9">#</a>
    <svg><a href="#tappa-1" id="mappa-tappa-1"></a></svg>
    <a href="/base/storia/#mappa-tappa-1">Tappa</a> <a href="/base/altra/#x">Altra</a>
    <a href="https://esempio.it/#y">Fonte</a> <a href="/base/storia/condividi/perché/">Pagina</a>
    <ol><li id="aggiornamento-1">…</li><li id="tappa-1">…</li></ol></main></body></html>`;

  it('gives every id, repeats kept, and the updates log’s entries', () => {
    const page = readBuiltPage(`${html}<p id="perche"></p>`, 'storia');
    expect(page.ids).toEqual([
      'contenuto',
      'perché',
      'perche',
      'mappa-tappa-1',
      'aggiornamento-1',
      'tappa-1',
      'perche',
    ]);
    expect(page.feedIds).toEqual(['aggiornamento-1']);
  });

  it('gives the fragments of links to the page itself, decoded, SVG links included', () => {
    expect(readBuiltPage(html, 'storia').linkedIds).toEqual(['contenuto', 'perché', 'tappa-1', 'mappa-tappa-1']);
  });
});
