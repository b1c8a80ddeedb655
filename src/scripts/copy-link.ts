import { COPY_LINK_TEMPLATE_ID } from '../lib/dom';
import { StatusMessage } from './status-message';

/** How long a failure's message stays, in ms: longer than "Link copiato", it tells the reader what to do instead. */
const FAILURE_MS = 8000;

/**
 * Adds a "Copia link" button (and, on touch screens with the Web Share API, "Condividi") for one fragment of
 * the page, and copies the page's canonical URL with that fragment; the result is shown and announced
 * by role="status". The buttons exist only here, so a page without JavaScript has no dead control.
 * Names: the button's title ("Copia link", "Condividi il link"), data-link-target ("all’evento"), then
 * the text of the heading beside the element. Messages are on <body> (data-copied, data-copy-failed).
 */
export class CopyLink extends HTMLElement {
  private message = new StatusMessage();
  /** The text of the heading beside the element: what the link is to. */
  private headingText = '';

  connectedCallback() {
    const fragment = this.dataset.fragment;
    const template = document.getElementById(COPY_LINK_TEMPLATE_ID);
    if (!fragment || !(template instanceof HTMLTemplateElement)) return;
    // Built afresh on every connection: a copy of the element (the map's panel clones an actor's card)
    // comes with buttons but without their listeners.
    this.replaceChildren(template.content.cloneNode(true));
    // What is linked is named by the heading the element sits beside: a section's, an event's, an actor's.
    this.headingText = this.parentElement?.querySelector(':is(h1, h2, h3, h4, h5, h6)')?.textContent?.trim() ?? '';
    const name = (button: HTMLButtonElement) =>
      [button.title, this.dataset.linkTarget, this.headingText].filter(Boolean).join(' ');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    // Shown even without a clipboard (plain HTTP): the fallback then puts the link in the address bar.
    if (copy) {
      copy.setAttribute('aria-label', name(copy));
      copy.addEventListener('click', this.copy);
    }
    // The system share sheet is a phone's way to pass a link on; on a desktop "Copia link" does it,
    // and the room CopyLink.astro keeps for the buttons depends on knowing which ones come.
    const offersShare = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
    if (share && offersShare && navigator.canShare?.({ url: this.shareUrl() }) !== false) {
      share.setAttribute('aria-label', name(share));
      share.hidden = false;
      share.addEventListener('click', this.share);
    }
  }

  disconnectedCallback() {
    this.message.cancel();
  }

  /** The canonical URL (absolute when SITE is set) or this page's address, without query, plus the fragment. */
  private fragmentUrl(): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const url = new URL(canonical || location.href);
    url.search = '';
    url.hash = this.dataset.fragment ?? '';
    return url.href;
  }

  /** The share page, whose preview names the section, event or actor, when the component has one. */
  private shareUrl(): string {
    const path = this.dataset.sharePath;
    return path ? new URL(path, this.fragmentUrl()).href : this.fragmentUrl();
  }

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(this.fragmentUrl());
      this.announce(document.body.dataset.copied);
    } catch {
      // Clipboard refused (permissions, insecure context): leave the link in the address bar instead.
      // Without the query, like the copied link would have been.
      history.replaceState(null, '', `${location.pathname}#${this.dataset.fragment}`);
      this.announce(document.body.dataset.copyFailed, FAILURE_MS);
    }
  };

  private share = () => {
    // The heading's text, not the fragment's: an event's or an actor's element holds its whole entry.
    const title = this.headingText || document.title;
    // A dismissed share sheet rejects with AbortError: nothing to report.
    navigator.share({ title, url: this.shareUrl() }).catch(() => {});
  };

  private announce(message = '', duration?: number) {
    const status = this.querySelector('[role="status"]');
    if (status) this.message.show(status, message, duration);
  }
}
