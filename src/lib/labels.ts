/** Italian interface strings, flat dotted keys; nothing a reader sees is written anywhere else. */
export const LABELS = {
  'site.name': 'Spiegazioni',
  'site.description': 'Analisi geopolitiche spiegate con mappe e cronologie.',
  'skipLink.label': 'Vai al contenuto',
  'nav.home': 'Tutti gli articoli',
  'toc.title': 'Indice',
  'toc.intro': 'Introduzione',
  'heading.anchorLabel': 'Link alla sezione',
  'article.readMore': 'Leggi l’analisi',
  'article.readingTime': 'min di lettura',
  'footer.source': 'Testo dell’articolo riprodotto senza modifiche. Mappa e cronologia a cura della redazione.',
  'share.copy': 'Copia link',
  'share.copyTarget': 'alla sezione',
  'share.copied': 'Link copiato',
  'share.copyFailed': 'Copia non riuscita: il link è ora nella barra degli indirizzi',
  'share.share': 'Condividi',
  'share.imageAlt': 'Mappa dell’Asia nord-orientale con Russia e Corea del Nord evidenziate, e il titolo:',
  'share.redirect': 'Ti stiamo portando alla sezione dell’articolo:',
  'share.readSection': 'Vai alla sezione',
  'notFound.title': 'Pagina non trovata',
  'notFound.text': 'La pagina che cercavi non esiste o è stata spostata.',
  'notFound.home': 'Torna alla pagina iniziale',
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey): string {
  return LABELS[key];
}
