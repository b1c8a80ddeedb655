import {
  EVENT_HASH_PREFIX,
  STOP_HASH_PREFIX,
  TIMELINE_ID,
  TIMELINE_SELECT_EVENT,
  type TimelineSelectDetail,
} from '../lib/dom';
import { targetIdFromHash } from './hash-target';
import { replaceHashAfterNextPaint } from './after-paint';
import { prepareClosedDetails } from './prepare-details';

const STEP_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (index) => index - 1,
  ArrowRight: (index) => index + 1,
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * Selects timeline events by click, keys, buttons and #tappa-<id> links, opening the period that
 * holds them; tells the map, and marks the day in the journey's overview.
 */
export class VisitTimeline extends HTMLElement {
  private events: HTMLElement[] = [];
  private current = -1;
  /** Cancels the address update the last selection left for after its first paint. */
  private cancelPending = () => {};

  connectedCallback() {
    this.events = [...this.querySelectorAll<HTMLElement>(`li[id^="${EVENT_HASH_PREFIX}"]`)];
    if (this.events.length === 0) return;
    this.querySelector<HTMLElement>('[data-controls]')?.removeAttribute('hidden');
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeydown);
    window.addEventListener('hashchange', this.syncWithHash);
    this.addEventListener('contentvisibilityautostatechange', this.onNearScreen);
    this.syncWithHash();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.syncWithHash);
    this.removeEventListener('contentvisibilityautostatechange', this.onNearScreen);
  }

  /** The first time the chronology nears the screen (its content-visibility stops skipping it), its
   * closed periods below the screen are laid out in idle time, so that opening one is quick. */
  private onNearScreen = (event: Event) => {
    if ((event as Event & { skipped?: boolean }).skipped !== false) return;
    this.removeEventListener('contentvisibilityautostatechange', this.onNearScreen);
    prepareClosedDetails([...this.querySelectorAll<HTMLDetailsElement>('details.period:not([open])')]);
  };

  private onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const step = target.closest<HTMLButtonElement>('button[data-step]');
    if (step) return this.select(this.clamp(this.current + Number(step.dataset.step)));
    // "Tappa N sulla mappa": the event it belongs to becomes current, and the link goes on to the map.
    const owner = target
      .closest(`a[href^="#${STOP_HASH_PREFIX}"]`)
      ?.closest<HTMLElement>(`li[id^="${EVENT_HASH_PREFIX}"]`);
    if (owner) return this.select(this.events.indexOf(owner), { updateUrl: false, scroll: false });
    const link = target.closest('a.event-link');
    const item = link?.closest<HTMLElement>('li[id]');
    if (!item) return;
    event.preventDefault();
    this.select(this.events.indexOf(item));
  };

  private onKeydown = (event: KeyboardEvent) => {
    const move = STEP_KEYS[event.key];
    const item = (event.target as Element).closest?.('a.event-link')?.closest<HTMLElement>('li[id]');
    if (!move || !item || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.select(this.clamp(move(this.events.indexOf(item), this.events.length - 1)), { moveFocus: true });
  };

  /** Follows the address: on load (no event) it only selects; after a followed link (a stop on the map) focus comes too. */
  private syncWithHash = (event?: HashChangeEvent) => {
    const id = targetIdFromHash(location.hash);
    if (!id?.startsWith(EVENT_HASH_PREFIX)) return;
    const index = this.events.findIndex((item) => item.id === id);
    if (index < 0) return;
    // Browsers open a closed <details> for the fragment they scroll to; where one did not, the
    // script opens it and scrolls itself. Otherwise the browser has scrolled already.
    const opened = this.open(this.events[index]!);
    this.select(index, { moveFocus: Boolean(event), updateUrl: false, scroll: opened, block: 'start' });
  };

  /** Opens every closed <details> around an event; true if one was closed. */
  private open(item: HTMLElement): boolean {
    let opened = false;
    for (let details = item.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
      opened ||= !details.open;
      details.open = true;
    }
    return opened;
  }

  private clamp(index: number): number {
    return Math.min(Math.max(index, 0), this.events.length - 1);
  }

  private select(
    index: number,
    { moveFocus = false, updateUrl = true, scroll = true, block = 'nearest' as ScrollLogicalPosition } = {},
  ) {
    const item = this.events[index];
    if (!item) return;
    this.open(item);
    this.events[this.current]?.querySelector('a.event-link')?.removeAttribute('aria-current');
    this.current = index;
    const link = item.querySelector<HTMLAnchorElement>('a.event-link');
    link?.setAttribute('aria-current', 'true');
    // The address waits until the selection is painted: replaceState can wait on the browser.
    this.cancelPending();
    if (updateUrl) this.cancelPending = replaceHashAfterNextPaint(`#${item.id}`);
    if (moveFocus) link?.focus({ preventScroll: !scroll });
    if (scroll) {
      const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
      item.scrollIntoView({ block, behavior: reduceMotion ? 'auto' : 'smooth' });
    }
    this.querySelectorAll('button[data-step]').forEach((button) => {
      const atEnd = Number(button.getAttribute('data-step')) < 0 ? index === 0 : index === this.events.length - 1;
      button.setAttribute('aria-disabled', String(atEnd));
    });
    const announcer = this.querySelector('[data-announcer]');
    // Only the date and the title: the rest is on the page. When focus moved, the title is read with it.
    const day = item.closest('li.day')?.querySelector('time')?.textContent?.trim() ?? '';
    if (announcer) announcer.textContent = moveFocus ? day : `${day}: ${link?.textContent?.trim() ?? ''}`;
    // The overview's row for this day links to the day's first event.
    const first = item.closest('li.day')?.querySelector('li[id]')?.id;
    document.querySelectorAll(`#${TIMELINE_ID} li`).forEach((row) => {
      row.toggleAttribute('data-current', row.querySelector('a')?.getAttribute('href') === `#${first}`);
    });
    const detail: TimelineSelectDetail = {
      eventId: item.id.slice(EVENT_HASH_PREFIX.length),
      placeId: item.dataset.place ?? null,
      actorIds: (item.dataset.actors ?? '').split(' ').filter(Boolean),
    };
    document.dispatchEvent(new CustomEvent(TIMELINE_SELECT_EVENT, { detail }));
  }
}
