import {
  ACTOR_CARDS_ID,
  ACTOR_HASH_PREFIX,
  ALIAS_OF_ATTRIBUTE,
  RELATION_HASH_PREFIX,
  STOP_HASH_PREFIX,
  TIMELINE_SELECT_EVENT,
  type TimelineSelectDetail,
} from '../lib/dom';
import { targetIdFromHash } from './hash-target';
import { replaceHashAfterNextPaint } from './after-paint';

const DURATION = 450;
type View = 'overview' | 'detail' | 'relations';
/** The views that move the geographic map's viewBox; 'relations' shows the diagram instead. */
type MapView = Exclude<View, 'relations'>;

/**
 * Selects actors on the map (click, keys, #attore-<id>), switches views, follows the timeline, and
 * in the "Rapporti" view highlights one relation at a time (hover or focus, on its arrow or its entry).
 */
export class ActorMap extends HTMLElement {
  private svg!: SVGSVGElement;
  /** The relations diagram, if the map has one. */
  private diagram: SVGSVGElement | null = null;
  private panel!: HTMLElement;
  private links: SVGAElement[] = [];
  private returnFocus: HTMLElement | SVGElement | null = null;
  /** A link elsewhere on the page (a mention in the text) that is opening an actor: focus goes back to it. */
  private opener: HTMLElement | null = null;
  private frame = 0;
  private viewBeforePrint: View | null = null;
  /** The panel's name without an actor ("Scheda dell’attore"); open, it is named after the actor too. */
  private panelName = '';
  /** Cancels what the last selection left for after its first paint (the map's fading, the address). */
  private cancelPending = () => {};

  connectedCallback() {
    const svg = this.querySelector<SVGSVGElement>('svg[data-view]');
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    if (!svg || !panel) return;
    [this.svg, this.panel] = [svg, panel];
    this.diagram = this.querySelector<SVGSVGElement>('svg.diagram');
    this.dataset.view = 'overview';
    this.panelName = panel.getAttribute('aria-label') ?? '';
    this.links = [...svg.querySelectorAll<SVGAElement>('a.actor')];
    this.querySelector('[data-views]')?.removeAttribute('hidden');
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('focusin', this.onFocusIn);
    for (const type of ['pointerover', 'focusin'] as const) this.addEventListener(type, this.onRelationEnter);
    for (const type of ['pointerout', 'focusout'] as const) this.addEventListener(type, this.onRelationLeave);
    window.addEventListener('hashchange', this.syncWithHash);
    document.addEventListener(TIMELINE_SELECT_EVENT, this.onTimeline);
    document.addEventListener('click', this.onPageClick);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.syncWithHash();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.syncWithHash);
    document.removeEventListener(TIMELINE_SELECT_EVENT, this.onTimeline);
    document.removeEventListener('click', this.onPageClick);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Paper gets the detail view: the timeline's "Tappa N sulla mappa" points at its numbered stops. */
  private onBeforePrint = () => {
    this.viewBeforePrint = (this.dataset.view as View | undefined) ?? null;
    this.showView('detail', true);
  };
  private onAfterPrint = () => {
    if (this.viewBeforePrint) this.showView(this.viewBeforePrint, true);
  };

  private onPageClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>(`a[href*="#${ACTOR_HASH_PREFIX}"]`);
    this.opener = link && !this.contains(link) ? link : null;
  };

  private onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const viewButton = target.closest<HTMLButtonElement>('button[data-view]');
    if (viewButton) return this.showView(viewButton.dataset.view as View);
    if (target.closest('[data-close]')) return this.close();
    const actor = target.closest<SVGAElement>('a.actor, a.actor-node');
    if (!actor) return;
    event.preventDefault();
    this.select(actor.dataset.actor ?? '', actor);
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.panel.hidden) return this.close();
    const actor = (event.target as Element).closest?.<SVGAElement>('a.actor');
    if (!actor) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      // Only the actors the current view shows: the others are display:none and cannot take focus.
      const shown = this.links.filter((link) => link.getClientRects().length > 0);
      const count = shown.length;
      shown[(shown.indexOf(actor) + step + count) % count]?.focus();
    } else if (event.key === ' ') {
      event.preventDefault();
      this.select(actor.dataset.actor ?? '', actor);
    }
  };

  /**
   * Firefox scrolls nothing into view for a focused SVG link (a container, with no box of its own): the
   * shape that shows the focus, a name's chip or a stop's badge, is brought in below the sticky header
   * (the page's scroll-padding). Where the browser already did, nothing moves; scroll-behavior decides
   * the motion (never smooth under reduced motion).
   */
  private onFocusIn = (event: FocusEvent) => {
    const link = (event.target as Element).closest?.('svg a');
    if (!link?.matches(':focus-visible')) return;
    const shapes = [...link.querySelectorAll('.hit, .badge')];
    shapes.find((shape) => shape.checkVisibility?.() ?? true)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /** Follows the address: on load (no event) it only shows; after a followed link it also moves focus. */
  private syncWithHash = (event?: HashChangeEvent) => {
    const id = targetIdFromHash(location.hash);
    if (id?.startsWith(RELATION_HASH_PREFIX) && this.querySelector(`li[id="${CSS.escape(id)}"]`)) {
      this.close(false);
      this.showView('relations');
      this.activateRelation(id.slice(RELATION_HASH_PREFIX.length));
    } else if (id?.startsWith(ACTOR_HASH_PREFIX)) {
      if (this.select(id.slice(ACTOR_HASH_PREFIX.length), null, false)) this.revealPanel();
    } else if (id?.startsWith(STOP_HASH_PREFIX)) {
      const stop = this.svg.querySelector<SVGAElement>(`a.stop[id="${CSS.escape(id)}"]`);
      if (!stop) return;
      this.close(false);
      this.markStop(stop);
      // In the overview the stop had no box to scroll to; the map comes into view with it.
      this.querySelector('.frame')?.scrollIntoView({ block: 'nearest' });
      if (event) stop.focus({ preventScroll: true });
    } else if (event && id && document.getElementById(id)) {
      // The reader went elsewhere on the page (the index, a section): an open panel is left behind.
      this.close(false);
    }
  };

  /** The map from its top down to the open panel if both fit on screen, else the whole panel with as much map above it as fits. */
  private revealPanel() {
    const span = this.panel.getBoundingClientRect().bottom - this.getBoundingClientRect().top;
    const room = innerHeight - (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
    if (span <= room) this.scrollIntoView({ block: 'start' });
    else this.panel.scrollIntoView({ block: this.panel.offsetHeight <= room ? 'end' : 'start' });
  }

  private onTimeline = (event: Event) => {
    const { placeId, actorIds } = (event as CustomEvent<TimelineSelectDetail>).detail;
    this.close(false);
    this.markStop(placeId ? this.svg.querySelector(`a.stop[data-place="${CSS.escape(placeId)}"]`) : null);
    this.highlight(actorIds, []);
  };

  /** Marks one stop of the journey as current (none for null) and shows it in the detail view. */
  private markStop(stop: Element | null) {
    this.svg.querySelectorAll('a.stop[aria-current]').forEach((other) => other.removeAttribute('aria-current'));
    if (!stop) return;
    stop.setAttribute('aria-current', 'true');
    this.showView('detail');
  }

  /** Opens an actor's card in the panel; false when the id is unknown. */
  private select(id: string, trigger: SVGAElement | null, updateUrl = true): boolean {
    const card = document.querySelector<HTMLElement>(`#${ACTOR_CARDS_ID} li[data-actor="${CSS.escape(id)}"]`);
    if (!card) return false;
    // Opened by a link from elsewhere (or the address bar), the panel returns focus to the actor on the map.
    const active = document.activeElement as HTMLElement | null;
    const opener = this.opener;
    this.opener = null;
    this.returnFocus =
      trigger ??
      opener ??
      (active && active !== document.body ? active : (this.links.find((link) => link.dataset.actor === id) ?? null));
    const relations = [
      ...this.querySelectorAll<SVGElement>(
        `.relation[data-from="${CSS.escape(id)}"], .relation[data-to="${CSS.escape(id)}"]`,
      ),
    ];
    const related = relations.flatMap((relation) => [relation.dataset.from ?? '', relation.dataset.to ?? '']);
    this.cancelPending();
    this.svg.dataset.selected = id;
    const body = this.panel.querySelector('[data-panel-body]');
    // Not the card's alias anchors: their ids must stay unique on the page.
    const parts = [...card.children].filter((child) => !child.hasAttribute(ALIAS_OF_ATTRIBUTE));
    if (body) body.replaceChildren(...parts.map((child) => child.cloneNode(true)));
    this.panel.hidden = false;
    const name = card.querySelector('h3')?.textContent?.trim() ?? '';
    this.panel.setAttribute('aria-label', `${this.panelName}: ${name}`);
    const announcer = this.querySelector('[data-announcer]');
    if (announcer) announcer.textContent = name;
    // Opened by a click or a key, focus moves to the card's name, the panel's first link ("Chiudi" is its
    // last); a shared link on load leaves it alone.
    if (trigger || opener)
      this.panel.querySelector<HTMLElement>('[data-panel-body] h3 a')?.focus({ preventScroll: !trigger });
    const dim = () =>
      this.highlight(
        [id, ...related],
        relations.map((relation) => relation.closest('.rel') ?? relation),
      );
    // After a click or a key the frame that answers shows the card and the focus in it; the map's
    // fading (a 0.2 s transition anyway) and the address follow once it is painted. Restyling the
    // map's labels and shapes was a third of that frame's work, and replaceState can wait on the browser.
    if (updateUrl) this.cancelPending = replaceHashAfterNextPaint(`#${ACTOR_HASH_PREFIX}${id}`, dim);
    else dim();
    return true;
  }

  private close(restoreFocus = true) {
    this.cancelPending();
    const wasOpen = !this.panel.hidden;
    this.panel.hidden = true;
    delete this.svg.dataset.selected;
    this.highlight([], []);
    // A closed actor is no longer the page's fragment: a reload or a copied address would reopen it.
    if (wasOpen && targetIdFromHash(location.hash)?.startsWith(ACTOR_HASH_PREFIX))
      history.replaceState(history.state, '', location.pathname + location.search);
    if (wasOpen && restoreFocus) (this.returnFocus ?? this.links[0])?.focus();
  }

  private highlight(actorIds: string[], relations: Element[]) {
    const svgs = [this.svg, this.diagram].filter((svg): svg is SVGSVGElement => svg !== null);
    for (const svg of svgs) {
      svg.querySelectorAll('.on').forEach((element) => element.classList.remove('on'));
      for (const id of actorIds)
        svg.querySelectorAll(`[data-actor="${CSS.escape(id)}"]`).forEach((element) => element.classList.add('on'));
      // Dims everything else; `data-selected` is kept for an actor whose panel is open.
      svg.toggleAttribute('data-dimmed', actorIds.length > 0);
    }
    relations.forEach((relation) => relation.classList.add('on'));
  }

  private onRelationEnter = (event: Event) => {
    const id = (event.target as Element).closest?.<HTMLElement | SVGElement>('[data-relation]')?.dataset.relation;
    if (id) this.activateRelation(id);
  };

  private onRelationLeave = (event: Event) => {
    const from = (event.target as Element).closest?.('[data-relation]');
    const to = ((event as FocusEvent | PointerEvent).relatedTarget as Element | null)?.closest?.('[data-relation]');
    // Left for nothing, or for a part of the same relation: what keeps the focus stays lit.
    if (!from || from.getAttribute('data-relation') === to?.getAttribute('data-relation')) return;
    const focused = (document.activeElement as Element | null)?.closest?.<HTMLElement | SVGElement>('[data-relation]');
    this.activateRelation(
      event.type === 'pointerout' && focused && this.contains(focused) ? (focused.dataset.relation ?? null) : null,
    );
  };

  /** Lights one relation (its arrow and its entry in the list) and shows its label over the diagram; null clears. */
  private activateRelation(id: string | null) {
    this.querySelectorAll('[data-relation].active').forEach((element) => element.classList.remove('active'));
    const group = this.diagram?.querySelector('.relations');
    group?.toggleAttribute('data-active', id !== null);
    const caption = this.querySelector('[data-relation-caption]');
    if (caption) caption.textContent = '';
    if (id === null) return;
    const parts = this.querySelectorAll(`[data-relation="${CSS.escape(id)}"]`);
    parts.forEach((element) => element.classList.add('active'));
    const title = this.diagram?.querySelector(`[data-relation="${CSS.escape(id)}"] title`)?.textContent ?? '';
    const number = this.diagram?.querySelector(`[data-relation="${CSS.escape(id)}"] .num text`)?.textContent ?? '';
    if (caption) caption.textContent = number ? `${number}. ${title}` : title;
  }

  /** Shows a view: the diagram for 'relations', else the geographic map moved to it. */
  private showView(view: View, instant = false) {
    this.querySelectorAll('button[data-view]').forEach((button) =>
      button.setAttribute('aria-pressed', String(button.getAttribute('data-view') === view)),
    );
    this.dataset.view = view;
    if (view !== 'relations') this.moveMap(view, instant);
  }

  /** Moves the viewBox to a view: animated, or at once (printing, or under prefers-reduced-motion). */
  private moveMap(view: MapView, instant: boolean) {
    const from = (this.svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const to = (this.dataset[view] ?? '').split(' ').map(Number);
    if (to.length !== 4 || this.svg.dataset.view === view) return;
    this.svg.dataset.view = view;
    cancelAnimationFrame(this.frame);
    const reduce = instant || matchMedia('(prefers-reduced-motion: reduce)').matches;
    const start = performance.now();
    const step = (now: number) => {
      const t = reduce ? 1 : Math.min(1, (now - start) / DURATION);
      const eased = 1 - (1 - t) ** 3;
      const box = t < 1 ? to.map((value, index) => from[index]! + (value - from[index]!) * eased) : to;
      this.svg.setAttribute('viewBox', box.join(' '));
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    step(reduce ? start + DURATION : start);
  }
}
