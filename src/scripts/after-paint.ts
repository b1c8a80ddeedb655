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

/**
 * Puts `hash` in the address once the next frame has been painted, unless the address changed in
 * between: a link followed or a hash set in that frame is the reader's, and the hashchange that follows
 * must find it, not the selection it replaced.
 */
export function replaceHashAfterNextPaint(hash: string, before?: () => void): () => void {
  const from = location.href;
  return afterNextPaint(() => {
    before?.();
    if (location.href === from) history.replaceState(history.state, '', hash);
  });
}
