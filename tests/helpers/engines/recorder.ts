/**
 * What each page served to the engine tests records about itself, in `window.__engineProblems`: a
 * script the test server puts first in <head>, before the page's Content-Security-Policy (a <meta>
 * policy covers only what follows it). WebKitGTK's WebDriver has no console or error events, so this
 * is how all three engines report the same things.
 */
export const RECORDER_SCRIPT = `<script>(() => {
  const problems = [];
  window.__engineProblems = problems;
  addEventListener('error', (event) => {
    const target = event.target;
    problems.push(target && target !== window ? 'failed to load: ' + (target.src || target.href || target.localName) : 'uncaught: ' + event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + event.reason));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('csp: ' + event.violatedDirective + ' ' + event.blockedURI));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push('console.' + level + ': ' + args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
})();</script>`;

/** Reads what the recorder saw, plus every resource the page fetched from another origin. */
export function readRecordedProblems(): string[] {
  const recorded = (window as unknown as { __engineProblems?: string[] }).__engineProblems;
  const foreign = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith(location.origin) && !name.startsWith('data:') && !name.startsWith('blob:'))
    .map((name) => `foreign request: ${name}`);
  return [...(recorded ?? ['the problem recorder did not run']), ...foreign];
}

/** Resolves once every custom element in the page is defined (the enhancements upgrade them after the first paint). */
export function allCustomElementsDefined(): Promise<string[]> {
  const names = [
    ...new Set(
      [...document.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.includes('-')),
    ),
  ];
  return Promise.all(names.map((name) => customElements.whenDefined(name))).then(() => names);
}
