/** The three engines the `engines` suite drives, each through its own client. */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface EngineOpenOptions {
  /** Viewport width in CSS px (WebKit, whose window cannot be narrower than about 447 px, shows narrower pages in an iframe of that width). */
  width?: number;
  /** Viewport height in CSS px; a phone's, 844, unless given. */
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** prefers-reduced-motion: reduce; off unless given. */
  reducedMotion?: boolean;
  /** The page's JavaScript; on unless given. */
  javaScript?: boolean;
}

/** The options every engine opens a page with when a test leaves them out: a phone's size, light, motion, JavaScript. */
export function withOpenDefaults(options: EngineOpenOptions): Required<EngineOpenOptions> {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { width: 390, height: 844, colorScheme: 'light', reducedMotion: false, javaScript: true, ...given };
}

/** Keys `press` knows, by their KeyboardEvent.key names. */
export type EngineKey =
  | 'Enter'
  | 'Escape'
  | 'Tab'
  | 'Shift+Tab'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'Home'
  | 'End'
  | ' ';

/** A page open in one engine: what each test may do with it, the same in every engine. */
export interface EnginePage {
  readonly engine: EngineName;
  /** Runs a self-contained function in the page (one JSON argument) and returns its JSON result; awaits a promise. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /**
   * Like evaluate, in the document of the iframe the CSS selector finds (of any origin: a host page's
   * embed). Only for reading and driving what the frame shows; the page's own commands stay on the page.
   */
  evaluateInFrame<R, A = undefined>(
    frameSelector: string,
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<Awaited<R>>;
  /** Runs a script's source in the page as the automation's own code, which the page's Content-Security-Policy does not block (to add axe-core). */
  addScript(source: string): Promise<void>;
  /** Presses a key at the focused element, as the reader's keyboard would. */
  press(key: EngineKey): Promise<void>;
  /** Clicks the middle of the first element matching the CSS selector, as a pointer would (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Focuses the first element matching the CSS selector. */
  focus(selector: string): Promise<void>;
  /** The page's address (the framed page's in WebKit's narrow mode). */
  url(): Promise<string>;
  /** Console errors and warnings, uncaught errors, failed loads, CSP violations and requests to other origins, so far. */
  problems(): Promise<string[]>;
  /** A PNG of the viewport, for looking at what a test saw. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** Opens `url` in a fresh page with its own storage; resolves after `load`, and with JavaScript once the page's custom elements are defined. */
  open(url: string, options?: EngineOpenOptions): Promise<EnginePage>;
  close(): Promise<void>;
}
