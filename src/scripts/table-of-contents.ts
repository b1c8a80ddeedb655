import { idFromHash } from '../lib/dom';
import { pickCurrentSection, readingLine, type SpySection } from '../lib/scroll-spy';

const WIDE_SCREEN = '(min-width: 64rem)';

/** Marks the link of the section being read with aria-current, and opens the list on wide screens. */
export class TableOfContents extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private targets: HTMLElement[] = [];
  private depths: number[] = [];
  private frame = 0;
  private details: HTMLDetailsElement | null = null;
  private readonly wide = window.matchMedia(WIDE_SCREEN);

  connectedCallback() {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.targets = this.links
      .map((link) => document.getElementById(idFromHash(link.hash) ?? ''))
      .filter((target): target is HTMLElement => target !== null);
    if (this.targets.length !== this.links.length) return;
    this.depths = this.links.map((link) => (link.closest('li')?.parentElement?.closest('li') ? 1 : 0));
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
    const viewportHeight = window.innerHeight;
    const atPageEnd = viewportHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const sections = this.targets.map((target, index) => measureSection(target, this.depths[index]!));
    const current = pickCurrentSection(sections, {
      line: readingLine(viewportHeight, scrollPadding),
      viewportHeight,
      atPageEnd,
    });
    this.links.forEach((link, index) => {
      if (index === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  };
}

/**
 * A heading of the text marks where its section starts; a heading that opens a <section> (the updates
 * log) stands for that section's box, and a figure or the chronology for its own. Only boxes the page
 * lays out anyway are measured: never an element inside one whose layout is skipped off screen.
 */
function measureSection(target: HTMLElement, depth: number): SpySection {
  const isHeading = /^H[1-6]$/.test(target.tagName);
  const parent = target.parentElement;
  if (isHeading && parent?.tagName !== 'SECTION') return { top: target.getBoundingClientRect().top, depth };
  const { top, bottom } = (isHeading ? parent! : target).getBoundingClientRect();
  return { top, bottom, depth };
}
