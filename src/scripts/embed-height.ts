/**
 * An embed page tells the page framing it its height whenever that changes (a panel opens, a period
 * unfolds, the width changes), in the formats hosts already read: Datawrapper's
 * `{"datawrapper-height": {"<id>": <px>}}`, and pym.js's `pymxPYMx<id>xPYMxheightxPYMx<px>` when a pym
 * parent framed it (it passes `childId` in the query). Nothing is sent outside a frame.
 */
const root = document.documentElement;
const id = root.dataset.embedId ?? '';
const pymId = new URLSearchParams(location.search).get('childId');
let last = 0;

if (parent !== window) {
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
    if (pymId) parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  }).observe(root);
}
