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
  'timeline.title': 'Cronologia: il viaggio e il suo contesto',
  'timeline.skip': 'Salta la cronologia e continua a leggere',
  'timeline.caption': 'Le date sono quelle del calendario locale; gli orari sono locali, con lo scarto da UTC.',
  'timeline.period.prima': 'Prima del viaggio',
  'timeline.period.viaggio': 'Il viaggio',
  'timeline.period.dopo-il-viaggio': 'Dopo il viaggio',
  'timeline.period.dopo': 'Dopo l’articolo',
  'timeline.afterArticle': 'Dopo l’articolo',
  'timeline.spans': 'Periodi',
  'timeline.officialVisit': 'Visita ufficiale',
  'timeline.around': 'verso le',
  'timeline.at': 'ore',
  'timeline.place': 'Luogo',
  'timeline.unverified': 'posizione non verificata',
  'timeline.actors': 'Attori',
  'timeline.sources': 'Fonti',
  'timeline.editorNote': 'Nota della redazione',
  'timeline.toPassage': 'Vai al passaggio dell’articolo',
  'timeline.stop': 'Tappa',
  'timeline.onMap': 'sulla mappa',
  'timeline.previous': 'Precedente',
  'timeline.next': 'Successivo',
  'timeline.controls': 'Scorri gli eventi',
  'notFound.title': 'Pagina non trovata',
  'notFound.text': 'La pagina che cercavi non esiste o è stata spostata.',
  'notFound.home': 'Torna alla pagina iniziale',
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey): string {
  return LABELS[key];
}
