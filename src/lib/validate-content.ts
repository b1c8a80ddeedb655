/**
 * Cross-checks the content data where zod cannot see: references between files, section ids of the
 * article, country ids of world-atlas. Astro only logs a broken `reference()` and goes on building,
 * so this throws one message listing every problem as `file › entry › field: what is wrong`.
 */
import { FILES } from './content-files';
import { JOURNEY_SPAN_ID, OFFICIAL_VISIT_SPAN_ID } from './timeline';

export { FILES };

interface Ref {
  id: string;
}

/** What an actor's role or a relation's label rests on: sources, the section it paraphrases, or both. */
interface Basis {
  sources?: unknown[];
  section?: string;
}

export interface ContentToCheck {
  actors: { id: string; data: Basis & { countryId: string; sections: string[] } }[];
  relations: { id: string; data: Basis & { from: Ref; to: Ref } }[];
  places: { id: string }[];
  events: {
    id: string;
    data: {
      date: string;
      sequence?: number;
      endDate?: string;
      place?: Ref;
      actors: Ref[];
      editorNote?: { section: string };
    };
  }[];
  spans: { id: string; data: { start: string; end: string } }[];
  /** Heading ids of the article the map and timeline are embedded in. */
  sectionIds: string[];
  /** Country ids present in the world-atlas topology. */
  countryIds: string[];
  /** Actor ids the article's MDX links to (its `<Actor id="…">` marks). */
  mentionedActorIds: string[];
  /** The article file, to name it when a mention is wrong. */
  articleFile: string;
}

export function findContentProblems(content: ContentToCheck): string[] {
  const actorIds = new Set(content.actors.map((actor) => actor.id));
  const placeIds = new Set(content.places.map((place) => place.id));
  const sectionIds = new Set(content.sectionIds);
  const countryIds = new Set(content.countryIds);
  const problems: string[] = [];
  const expect = (ok: boolean, file: string, entry: string, field: string, message: string) => {
    if (!ok) problems.push(`${file} › ${entry} › ${field}: ${message}`);
  };
  const noActor = (id: string) => `no actor "${id}" in ${FILES.actors}`;
  const noSection = (id: string) => `no section "${id}" in the article (ids: ${[...sectionIds].join(', ')})`;
  // Every text we write on a card or an arrow says what it rests on.
  const expectBasis = (file: string, entry: string, { sources, section }: Basis) => {
    expect(
      (sources?.length ?? 0) > 0 || section !== undefined,
      file,
      entry,
      'sources',
      'needs its basis: sources, or the section of the article it paraphrases',
    );
    if (section !== undefined) expect(sectionIds.has(section), file, entry, 'section', noSection(section));
  };

  const loaded: Record<keyof typeof FILES, unknown[]> = content;
  for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
    if (loaded[name].length === 0) problems.push(`${FILES[name]}: no entries were loaded (see the error above)`);
  }
  for (const actor of content.actors) {
    expect(
      countryIds.has(actor.data.countryId),
      FILES.actors,
      actor.id,
      'countryId',
      `no country "${actor.data.countryId}" in world-atlas`,
    );
    expectBasis(FILES.actors, actor.id, actor.data);
    actor.data.sections.forEach((section, index) =>
      expect(sectionIds.has(section), FILES.actors, actor.id, `sections[${index}]`, noSection(section)),
    );
  }
  for (const relation of content.relations) {
    expect(actorIds.has(relation.data.from.id), FILES.relations, relation.id, 'from', noActor(relation.data.from.id));
    expect(actorIds.has(relation.data.to.id), FILES.relations, relation.id, 'to', noActor(relation.data.to.id));
    expectBasis(FILES.relations, relation.id, relation.data);
  }
  for (const event of content.events) {
    const { place, actors, editorNote, date, endDate } = event.data;
    if (place)
      expect(placeIds.has(place.id), FILES.events, event.id, 'place', `no place "${place.id}" in ${FILES.places}`);
    actors.forEach((actor, index) =>
      expect(actorIds.has(actor.id), FILES.events, event.id, `actors[${index}]`, noActor(actor.id)),
    );
    if (editorNote)
      expect(
        sectionIds.has(editorNote.section),
        FILES.events,
        event.id,
        'editorNote.section',
        noSection(editorNote.section),
      );
    if (endDate) expect(endDate > date, FILES.events, event.id, 'endDate', `${endDate} is not after date ${date}`);
  }
  const eventsOnDate = Map.groupBy(content.events, (event) => event.data.date);
  for (const [date, events] of eventsOnDate) {
    if (events.length < 2) continue;
    const seen = new Set<number>();
    for (const event of events) {
      const { sequence } = event.data;
      const ok = sequence !== undefined && !seen.has(sequence);
      expect(ok, FILES.events, event.id, 'sequence', `events on ${date} need distinct sequence numbers (1, 2, …)`);
      if (sequence !== undefined) seen.add(sequence);
    }
  }
  const spanIds = new Set(content.spans.map((span) => span.id));
  for (const id of [JOURNEY_SPAN_ID, OFFICIAL_VISIT_SPAN_ID]) {
    if (content.spans.length > 0 && !spanIds.has(id))
      problems.push(`${FILES.spans}: no span "${id}" (the timeline needs it)`);
  }
  for (const span of content.spans) {
    expect(
      span.data.start <= span.data.end,
      FILES.spans,
      span.id,
      'end',
      `${span.data.end} is before start ${span.data.start}`,
    );
  }
  for (const id of content.mentionedActorIds) {
    expect(actorIds.has(id), content.articleFile, `<Actor id="${id}">`, 'id', noActor(id));
  }
  return problems;
}

/** Throws one error listing every problem, so the build stops before anything is half-rendered. */
export function assertValidContent(content: ContentToCheck): void {
  const problems = findContentProblems(content);
  if (problems.length > 0) throw new Error(`Invalid content:\n- ${problems.join('\n- ')}`);
}
