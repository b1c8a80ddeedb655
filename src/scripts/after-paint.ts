/**
 * Runs `task` once the next frame has been painted: after a click, what the reader does not see at
 * once (the address, a fade that starts a frame later) waits, so the frame that answers the click
 * holds only what it shows. Returns a function that cancels it if it has not run.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer = 0;
  // A task posted from the frame's callback runs after that frame's rendering.
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
