/**
 * What can be shared from an article with its own link preview: each section, each timeline event
 * and each actor. Crawlers ignore #fragments, so each gets a static share page (title, description,
 * image) that sends readers on to the fragment.
 */
import type { ActorCard } from './actor-cards';
import { ACTOR_HASH_PREFIX, EVENT_HASH_PREFIX } from './dom';
import { label } from './labels';
import { truncateText, type Section } from './sections';
import { eventsOf } from './timeline';
import type { TimelineModel } from './timeline-view';

export type ShareKind = 'section' | 'event' | 'actor';

export interface ShareTarget {
  kind: ShareKind;
  /** Where the target comes from, for error messages: `content/visit.json › vertice`. */
  source: string;
  /** The element id on the article page, and the last segment of the share page's path. */
  fragment: string;
  title: string;
  /** The preview's description, plain text. */
  description: string;
  /** The small line above the title in the share image. */
  imageKicker: string;
}

export interface ShareTargetInputs {
  articleTitle: string;
  /** The content files the targets come from, for error messages. */
  files: { article: string; events: string; actors: string };
  sections: Section[];
  /** Present when the article embeds the timeline. */
  timeline?: TimelineModel;
  /** Present when the article embeds the map. */
  cards?: ActorCard[];
}

/** Longest excerpt of a section's first paragraph (previews show about 200 characters). */
export const DESCRIPTION_CHARS = 200;
/**
 * Longest description of an event or an actor. Their entries are written short (240 characters at
 * most today) and are shown whole: a cut would drop the end of a sentence, which can turn its sense.
 */
export const ENTRY_CHARS = 300;
/** Longest kicker that fits on one line of the share image. */
export const KICKER_CHARS = 56;

/**
 * Every share target of an article, sections first, then events in timeline order, then actors.
 * Throws, naming the file and the entry, when two would have the same fragment.
 */
export function buildShareTargets({
  articleTitle,
  files,
  sections,
  timeline,
  cards = [],
}: ShareTargetInputs): ShareTarget[] {
  const events = timeline ? eventsOf(timeline.periods) : [];
  const targets: ShareTarget[] = [
    ...sections.map((section) => ({
      kind: 'section' as const,
      source: `${files.article} › ## ${section.title}`,
      fragment: section.id,
      title: section.title,
      description: truncateText(section.excerpt, DESCRIPTION_CHARS),
      imageKicker: truncateText(articleTitle, KICKER_CHARS),
    })),
    ...events.map((event) => ({
      kind: 'event' as const,
      source: `${files.events} › ${event.id} › id`,
      fragment: `${EVENT_HASH_PREFIX}${event.id}`,
      title: event.title,
      description: truncateText(`${event.dateLabel}. ${event.text}`, ENTRY_CHARS),
      imageKicker: truncateText(`${label('share.kicker.event')} · ${event.dateLabel}`, KICKER_CHARS),
    })),
    ...cards.map((card) => ({
      kind: 'actor' as const,
      source: `${files.actors} › ${card.id} › id`,
      fragment: `${ACTOR_HASH_PREFIX}${card.id}`,
      title: card.name,
      description: truncateText(card.role, ENTRY_CHARS),
      imageKicker: truncateText(`${label('share.kicker.actor')} · ${card.campLabel}`, KICKER_CHARS),
    })),
  ];
  const seen = new Map<string, ShareTarget>();
  for (const target of targets) {
    const other = seen.get(target.fragment);
    if (other) {
      throw new Error(
        `${target.source}: its id on the page, "${target.fragment}", is also that of ${other.source}; two elements cannot share an id, nor a share page: rename one.`,
      );
    }
    seen.set(target.fragment, target);
  }
  return targets;
}
