/** How long the "Link copiato" message stays, in ms. */
const MESSAGE_MS = 2500;

/**
 * Reveals the copy (and, where the Web Share API exists, share) buttons of one fragment and copies
 * the page's canonical URL with that fragment; the result is shown and announced by role="status".
 * The messages are on <body> (data-copied, data-copy-failed), once for every copy of the element.
 */
class CopyLink extends HTMLElement {
  private timer = 0;

  connectedCallback() {
    const fragment = this.dataset.fragment;
    if (!fragment) return;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    // Shown even without a clipboard (plain HTTP): the fallback then puts the link in the address bar.
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', this.copy);
    }
    if (share && typeof navigator.share === 'function' && navigator.canShare?.({ url: this.shareUrl() }) !== false) {
      share.hidden = false;
      share.addEventListener('click', this.share);
    }
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
  }

  /** The canonical URL (absolute when SITE is set) or this page's address, without query, plus the fragment. */
  private fragmentUrl(): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const url = new URL(canonical || location.href);
    url.search = '';
    url.hash = this.dataset.fragment ?? '';
    return url.href;
  }

  /** The share page, whose preview names the section, when the component has one. */
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
      history.replaceState(null, '', `#${this.dataset.fragment}`);
      this.announce(document.body.dataset.copyFailed);
    }
  };

  private share = () => {
    const title = document.getElementById(this.dataset.fragment ?? '')?.textContent?.trim() || document.title;
    // A dismissed share sheet rejects with AbortError: nothing to report.
    navigator.share({ title, url: this.shareUrl() }).catch(() => {});
  };

  private announce(message = '') {
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    status.textContent = message;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (status.textContent = ''), MESSAGE_MS);
  }
}

customElements.define('copy-link', CopyLink);
