/**
 * An embed page tells the page framing it its height whenever that changes (a panel opens, a period
 * unfolds, the width changes), in the formats hosts already read: Datawrapper's
 * `{"datawrapper-height": {"<id>": <px>}}`, and pym.js's `pymxPYMx<id>xPYMxheightxPYMx<px>` when a pym
 * parent framed it (it passes `childId` in the query). Nothing is sent outside a frame.
 */
const root = document.documentElement;
const query = new URLSearchParams(location.search);
const id = root.dataset.embedId ?? '';
const pymId = query.get('childId');
let last = 0;

// An embed is light, as the pages that carry it mostly are, unless its address asks for the reader's
// own setting (`?tema=auto`): the host chooses, as with Datawrapper's dark mode.
if (query.get('tema') === 'auto') delete root.dataset.theme;

if (parent !== window) {
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
    if (pymId) parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  }).observe(root);
}
