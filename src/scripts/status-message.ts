/** How long a message such as "Link copiato" stays, in ms. */
export const MESSAGE_MS = 2500;

/**
 * A message in a role="status" element that clears itself: read out once, then gone, so an old
 * "copied" never stands beside a later, failed copy. A newer message restarts the wait.
 */
export class StatusMessage {
  private timer = 0;

  show(status: Element, message: string, duration = MESSAGE_MS) {
    clearTimeout(this.timer);
    status.textContent = message;
    this.timer = window.setTimeout(() => (status.textContent = ''), duration);
  }

  /** Stops the pending clear (the element is leaving the page). */
  cancel() {
    clearTimeout(this.timer);
  }
}
