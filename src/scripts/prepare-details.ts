/**
 * Lays out closed <details> ahead of the reader, one per idle moment: Chromium keeps a closed
 * <details>'s layout (its content is `content-visibility: hidden`), so opening one later has no new
 * text to lay out, which was a third of the work of the frame that answers the tap. Not one whose
 * summary is wholly above the screen: scroll anchoring would move the page for what comes after it.
 * Elsewhere this costs one layout in idle time and changes nothing.
 */
export function prepareClosedDetails(all: HTMLDetailsElement[]): void {
  const idle = window.requestIdleCallback ?? ((task: () => void) => window.setTimeout(task, 50));
  const queue = [...all];
  const next = () => {
    const details = queue.shift();
    if (!details) return;
    if (!details.open && details.getBoundingClientRect().bottom > 0) {
      // Open and closed again in one task: nothing is painted open, and no toggle changes its state.
      details.open = true;
      details.lastElementChild?.getBoundingClientRect();
      details.open = false;
    }
    idle(next);
  };
  idle(next);
}
