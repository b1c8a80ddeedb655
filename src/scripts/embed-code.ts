import { StatusMessage } from './status-message';

/**
 * "Incorpora" (src/components/FigureShare.astro): opening it also copies the embed code and says so
 * (role="status"). Without SITE the code's address is a path from the server's root (data-src): it is
 * made absolute from this page's address first. A refused clipboard leaves the code open to select.
 */
export class EmbedCode extends HTMLElement {
  private status = document.createElement('span');
  private message = new StatusMessage();

  connectedCallback() {
    this.status.setAttribute('role', 'status');
    this.append(this.status);
    this.querySelector('summary')?.addEventListener('click', this.copy);
  }

  disconnectedCallback() {
    this.message.cancel();
  }

  private copy = async () => {
    const details = this.querySelector('details');
    const code = this.querySelector('code');
    // A click on the open disclosure closes it: nothing to copy.
    if (!details || !code || details.open) return;
    const path = this.dataset.src;
    if (path) code.textContent = code.textContent!.replace(path, new URL(path, location.href).href);
    try {
      await navigator.clipboard.writeText(code.textContent!);
      this.message.show(this.status, this.dataset.copied ?? '');
    } catch {
      // Refused (permissions, insecure context): the code is open, and one click selects it.
    }
  };
}
