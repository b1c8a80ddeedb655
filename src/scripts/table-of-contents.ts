import { idFromHash } from '../lib/dom';
import { pickCurrentSection } from '../lib/scroll-spy';

const WIDE_SCREEN = '(min-width: 64rem)';

/** Marks the link of the section being read with aria-current, and opens the list on wide screens. */
export class TableOfContents extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private headings: HTMLElement[] = [];
  private frame = 0;
  private details: HTMLDetailsElement | null = null;
  private readonly wide = window.matchMedia(WIDE_SCREEN);

  connectedCallback() {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.headings = this.links
      .map((link) => document.getElementById(idFromHash(link.hash) ?? ''))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (this.headings.length !== this.links.length) return;
    this.details = this.querySelector('details');
    this.wide.addEventListener('change', this.fitWidth);
    this.details?.querySelector('summary')?.addEventListener('click', this.keepOpenWhenWide);
    this.fitWidth();
    window.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    window.addEventListener('hashchange', this.schedule);
    // Measured in the next frame, with the browser's own layout, not forced while the page upgrades.
    this.schedule();
  }

  disconnectedCallback() {
    window.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    window.removeEventListener('hashchange', this.schedule);
    this.wide.removeEventListener('change', this.fitWidth);
  }

  /**
   * On wide screens the list always shows beside the text: the summary is only its label, so it
   * leaves the tab order and cannot report "collapsed" over a visible list.
   */
  private fitWidth = () => {
    const summary = this.details?.querySelector('summary');
    if (!this.details || !summary) return;
    if (this.wide.matches) {
      this.details.open = true;
      summary.tabIndex = -1;
    } else summary.removeAttribute('tabindex');
  };

  private keepOpenWhenWide = (event: Event) => {
    if (this.wide.matches) event.preventDefault();
  };

  private schedule = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.update);
  };

  private update = () => {
    const scrollPadding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const line = scrollPadding + window.innerHeight * 0.15;
    const atPageEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const tops = this.headings.map((heading) => heading.getBoundingClientRect().top);
    const current = pickCurrentSection(tops, line, atPageEnd);
    this.links.forEach((link, index) => {
      if (index === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  };
}
