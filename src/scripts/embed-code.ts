/**
 * "Incorpora" (src/components/FigureShare.astro): opening it also copies the embed code and says so
 * (role="status"). Without SITE the code's address is a path from the server's root (data-src): it is
 * made absolute from this page's address first. A refused clipboard leaves the code open to select.
 */
export class EmbedCode extends HTMLElement {
  private status = document.createElement('span');
  private timer = 0;

  connectedCallback() {
    this.status.setAttribute('role', 'status');
    this.append(this.status);
    this.querySelector('summary')?.addEventListener('click', this.copy);
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
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
      this.status.textContent = this.dataset.copied ?? '';
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => (this.status.textContent = ''), 2500);
    } catch {
      // Refused (permissions, insecure context): the code is open, and one click selects it.
    }
  };
}
