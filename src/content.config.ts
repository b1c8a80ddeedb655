import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ALIASES_FILE } from './lib/aliases';
import { ARTICLE_DIR, FILES } from './lib/content-files';
import { CAMPS, RELATION_KINDS } from './lib/map-terms';

/** `[longitude, latitude]` in WGS84 degrees (GeoJSON and d3 order), never `[lat, lon]`. */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** Where a fact comes from: the outlet as the reader should see it, and its address. */
export const source = z.strictObject({
  outlet: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
});

/** What a timeline event is: a step of the journey, its context before it, or what followed. */
export const eventKind = z.enum(['viaggio', 'contesto', 'dopo']);

/**
 * What a card's or an arrow's text rests on: its sources, and/or the article section it paraphrases
 * (shown as a link to that section, so the reader sees the words are the author's reading).
 */
const basis = {
  /** Sources of the facts the text states (same shape as an event's). */
  sources: z.array(source).min(1).optional(),
  /** Heading id of the article section the text paraphrases. */
  section: z.string().min(1).optional(),
};
const BASIS_MESSAGE = 'needs its basis: sources, or the section of the article it paraphrases';
const hasBasis = (entry: { sources?: unknown[]; section?: string }) =>
  entry.sources !== undefined || entry.section !== undefined;

/** Italian kebab-case ids: they show up in shared URLs. */
const contentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be Italian kebab-case (a-z, 0-9, hyphens)');

/** Long-form articles: one MDX file each in content/article, served at /<file name>/. */
const article = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `./${ARTICLE_DIR}` }),
  schema: z.strictObject({
    title: z.string().min(1),
    /** The editors' one-sentence summary: meta description, share previews and the home page's card; never on the article page, which shows only the author's words. */
    description: z.string().min(20).max(220),
    lang: z.literal('it'),
    /**
     * Who wrote the text and where it was first published, shown as a credit line. The scrape names
     * none of them, so each is filled only from a real source, never invented.
     */
    source: z
      .strictObject({
        outlet: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
        author: z.string().min(1).optional(),
      })
      .optional(),
    /** ISO date `YYYY-MM-DD` of publication, when known. */
    pubDate: z.iso.date().optional(),
  }),
});

/** The actors of the map: countries, each with its capital and its camp in the article's reading. */
const actors = defineCollection({
  loader: file(FILES.actors),
  schema: z
    .strictObject({
      id: contentId,
      name: z.string().min(1),
      /** ISO 3166-1 numeric code as world-atlas writes it ("408"); checked against the atlas at build. */
      countryId: z.string().regex(/^\d{3}$/),
      capital: z.strictObject({ name: z.string().min(1), lonLat }),
      /** The actor's side in the article's reading; names and colours live in src/lib. */
      camp: z.enum(CAMPS),
      /** Outside the Pacific frame (Ukraine, Iran): drawn as a labelled arrow at the map's edge. */
      offMap: z.boolean().default(false),
      role: z.string().min(20),
      ...basis,
      /** Heading ids of the article sections that discuss the actor. */
      sections: z.array(z.string().min(1)).min(1),
    })
    .refine(hasBasis, { message: BASIS_MESSAGE, path: ['sources'] }),
});

/** Directed links the article names between two actors. */
const relations = defineCollection({
  loader: file(FILES.relations),
  schema: z
    .strictObject({
      id: contentId,
      from: reference('actors'),
      to: reference('actors'),
      kind: z.enum(RELATION_KINDS),
      label: z.string().min(3),
      ...basis,
    })
    .refine(hasBasis, { message: BASIS_MESSAGE, path: ['sources'] }),
});

/** Places of the visit and of its context, shared by the map and the timeline. */
const places = defineCollection({
  loader: file(FILES.places),
  schema: z.strictObject({
    id: contentId,
    name: z.string().min(1),
    /** Absent when shared/facts.md marks the position UNVERIFIED: such a place is never plotted. */
    lonLat: lonLat.optional(),
    /** What the point stands for, from facts.md's "coord source" column. */
    precision: z.enum(['edificio', 'complesso', 'stabilimento', 'aerodromo', 'quartiere', 'citta']).optional(),
    source: z.url().optional(),
  }),
});

/** Timeline events. Ids are stored, never derived from titles, so links survive a retitling. */
const visit = defineCollection({
  loader: file(FILES.events),
  schema: z
    .strictObject({
      id: contentId,
      /** Local calendar date of the place, `YYYY-MM-DD`. */
      date: z.iso.date(),
      /**
       * Order among events of the same date (1, 2, …): the content store does not keep file order,
       * so events sharing a date must say which came first.
       */
      sequence: z.number().int().min(1).optional(),
      /** Last day of a multi-day event, `YYYY-MM-DD`. */
      endDate: z.iso.date().optional(),
      /** Local clock time `HH:MM`, only where a source gives it. */
      time: z.iso.time({ precision: -1 }).optional(),
      /** True when the source says "around" (circa). */
      approximateTime: z.boolean().default(false),
      /** Part of the day in Italian ("pomeriggio") where the source gives no clock time. */
      dayPart: z.string().min(3).optional(),
      /** The place's UTC offset on that date, `+09:00`: the journey crosses UTC+9 and UTC+10. */
      utcOffset: z
        .string()
        .regex(
          /^(?:\+(?:0\d|1[0-4])|-(?:0\d|1[0-2])):(?:00|30|45)$/,
          'must be a UTC offset from -12:00 to +14:00, as +09:00',
        )
        .optional(),
      kind: eventKind,
      place: reference('places').optional(),
      actors: z.array(reference('actors')).min(1),
      title: z.string().min(3),
      text: z.string().min(10),
      sources: z.array(source).min(1),
      /** Where the article's words differ from the sources: a neutral note and the passage it refers to. */
      editorNote: z.strictObject({ text: z.string().min(10), section: z.string().min(1) }).optional(),
    })
    // A clock time is shown with its offset (the journey crosses UTC+9 and UTC+10), so it cannot come alone.
    .refine((event) => !event.time || event.utcOffset, {
      message: 'a clock time needs the place’s UTC offset',
      path: ['utcOffset'],
    }),
});

/** The two spans the timeline marks: the whole train journey and the official visit inside it. */
const spans = defineCollection({
  loader: file(FILES.spans),
  schema: z.strictObject({
    id: contentId,
    label: z.string().min(3),
    start: z.iso.date(),
    end: z.iso.date(),
    sources: z.array(source).min(1),
  }),
});

/** The editors' log of corrections and updates to their own texts (never the author's), newest shown first. */
const updates = defineCollection({
  loader: file('content/updates.json'),
  schema: z.strictObject({
    id: contentId,
    /** `YYYY-MM-DD` the change was published; the newest is the page's dateModified. */
    date: z.iso.date(),
    kind: z.enum(['correzione', 'aggiornamento']),
    /** The article the change concerns. */
    article: reference('article'),
    text: z.string().min(10),
    /** Id of the element on the article page the change concerns (`tappa-…`, `attore-…`, a section id). */
    fragment: z.string().min(1).optional(),
  }),
});

/** An element id as a fragment names it: no `#`, no spaces. */
const elementId = z.string().regex(/^[^\s#]+$/, 'must be an element id, without "#" or spaces');

/**
 * Old fragments that keep landing after a rename (src/lib/aliases.ts): one entry per article, keyed by
 * its file name, mapping each old id to the id it became, `{ "conclusione": "conclusioni" }`.
 */
const aliases = defineCollection({
  loader: file(ALIASES_FILE),
  schema: z.record(elementId, elementId).superRefine((entries, context) => {
    for (const [old, to] of Object.entries(entries)) {
      if (old === to) context.addIssue({ code: 'custom', path: [old], message: 'an alias cannot point at itself' });
    }
  }),
});

export const collections = { article, actors, relations, places, visit, spans, updates, aliases };
