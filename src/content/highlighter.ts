// Draws marks with the CSS Custom Highlight API: ranges over the page's own text, no wrapper elements.
// The ::highlight() rules are the one piece of CSS we put in the page; they live in a constructed
// stylesheet (no DOM node, not subject to the page's style-src) or, where that is refused, in our host.
import { drawnMarkStyle } from '../ui/engine';
import type { MentionId, MentionIndex } from './mentions';
import { DRAW_ALL_UP_TO, FarRuns, zoneVerdicts, type Extent } from './nearView';
import { runSliced, whenIdle } from './scheduler';

export const MARK = 'layerlens-mark';
export const ACTIVE = 'layerlens-active';
export const FLASH = 'layerlens-flash';

/** How often the registry and our rules are checked for a page that threw them out (see watchRegistry). */
const REGISTRY_CHECK_MS = 1_000;

/** Longest a long scan keeps found marks waiting before drawing what it has so far. */
const FLUSH_EVERY_MS = 1000;
/** While the user scrolls a page drawn by nearness, how often to look again at what is near. */
const SCROLL_PLAN_MS = 150;
/** A plan waits for an idle moment, but no longer than this. */
const PLAN_WITHIN_MS = 200;


export type MarkStyle = 'underline' | 'background' | 'none';

export interface MarkLook {
  style: MarkStyle;
  /** "#rrggbb" */
  color: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * How the ::highlight rules select. Once a document has any ::highlight rule, its next style recalculation computes
 * highlight styles for every element: on the bench's 3 MB page, adding ours cost the page one recalculation of
 * ~480 ms with the universal form `::highlight(x)` and ~300 ms with `:root::highlight(x)`. Chromium's highlight
 * inheritance carries the root's highlight style to every element, shadow trees included, so there the root form
 * is enough. Firefox has no highlight inheritance: the root form marks nothing there, so it keeps the universal one.
 */
export type RuleScope = 'root' | 'every';

/** The rule form for the engine we run in, told by our own extension URL (which no page can change). */
export function ruleScopeFor(extensionUrl: string): RuleScope {
  return extensionUrl.startsWith('chrome-extension:') ? 'root' : 'every';
}

/**
 * Whether this content script can give the document (and shadow roots) a constructed sheet. Firefox gives content
 * scripts `adoptedStyleSheets` only from 153 (bug 1751346); before that it is not there for them at all.
 */
export function canAdoptSheets(doc: Document): boolean {
  return typeof (doc.adoptedStyleSheets as Partial<CSSStyleSheet[]> | undefined)?.includes === 'function';
}

/**
 * Whether our rules can reach text inside open shadow roots: by highlight inheritance (the root form), or by adopting
 * our sheet into each root. Where neither works, marks there would be invisible yet answer a hover, so none are made.
 */
export function reachesShadowTrees(scope: RuleScope, doc: Document): boolean {
  return scope === 'root' || canAdoptSheets(doc);
}

/**
 * The ::highlight rules for a look; the colour is validated so nothing else can reach the stylesheet. Without
 * `decorations` (see paintsDecorations in src/ui/engine.ts) the underline look is drawn as the background look, so marks still show.
 */
export function highlightCss(look: MarkLook, scope: RuleScope = 'every', decorations = true): string {
  const color = HEX.test(look.color) ? look.color : '#6d5dfc';
  const style = drawnMarkStyle(look.style, decorations);
  const mark =
    style === 'underline'
      ? `text-decoration: underline dotted ${color} 2px; text-underline-offset: 3px;`
      : style === 'background'
        ? `background-color: ${color}2e;`
        : '';
  const on = scope === 'root' ? ':root' : '';
  const activeLine = decorations ? ` text-decoration: underline solid ${color} 2px; text-underline-offset: 3px;` : '';
  return [
    `${on}::highlight(${MARK}) { ${mark} }`,
    `${on}::highlight(${ACTIVE}) { background-color: ${color}40;${activeLine} }`,
    `${on}::highlight(${FLASH}) { background-color: #ffd54a; color: #1a1a1a; }`,
    // Forced colours (Windows high contrast): Chromium paints every custom highlight in the system's Highlight pair,
    // whatever the rule says (even a transparent or system-colour background), so a mark would look like selected
    // text. A line under it, which is painted, tells the two apart; the hovered one gets a heavier line.
    ...(decorations
      ? [
          `@media (forced-colors: active) { ${on}::highlight(${MARK}) { text-decoration: underline dotted 2px; text-underline-offset: 3px; } ${on}::highlight(${ACTIVE}) { text-decoration: underline solid 3px; text-underline-offset: 3px; } }`,
        ]
      : []),
    // Marks are for reading on screen: a printout or a PDF of the page is the page's own.
    `@media print { ${on}::highlight(${MARK}), ${on}::highlight(${ACTIVE}), ${on}::highlight(${FLASH}) { background-color: transparent;${decorations ? ' text-decoration: none;' : ''} } }`,
  ].join('\n');
}

function rangeOf(index: MentionIndex, mention: MentionId): StaticRange {
  const last = index.lastPieceOf(mention);
  return new StaticRange({
    startContainer: index.nodeOf(mention),
    startOffset: index.startOf(mention),
    endContainer: last.node,
    endOffset: last.end,
  });
}

export class Highlighter {
  private marks = new Highlight();
  private active = new Highlight();
  private flash = new Highlight();
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;

  /** The look to draw with; its rules reach the page only when there is a first mark to draw (see installStyles). */
  private look: MarkLook | null = null;

  constructor(
    /** Where the mentions drawn are held (their text nodes and offsets). */
    private readonly index: MentionIndex,
    private readonly registry: HighlightRegistry,
    private readonly styleHost: () => Element,
    private readonly signal: AbortSignal,
    private readonly scope: RuleScope = 'every',
    private readonly decorations = true,
  ) {
    this.active.priority = 1;
    this.flash.priority = 2;
    this.register();
  }

  /**
   * (Re)registers our highlights; a page that clears CSS.highlights gets them back on the next render. With the "no
   * mark" look the marks are not registered at all: an unstyled highlight paints nothing, except in forced colours,
   * where Chromium paints every registered highlight as if selected. Hovering reads our own list, not the registry.
   */
  register(): void {
    if (this.look?.style === 'none') {
      if (this.registry.get(MARK) === this.marks) this.registry.delete(MARK);
    } else if (this.registry.get(MARK) !== this.marks) this.registry.set(MARK, this.marks);
    if (this.registry.get(ACTIVE) !== this.active) this.registry.set(ACTIVE, this.active);
    if (this.registry.get(FLASH) !== this.flash) this.registry.set(FLASH, this.flash);
  }

  /**
   * Sets the look of marks. Before anything is drawn this only remembers it: adding ::highlight rules makes the page
   * recompute every element's style once, which a page with nothing to mark should never pay for.
   */
  setLook(look: MarkLook): void {
    this.look = look;
    this.register();
    if (!this.sheet && !this.styleElement) return;
    const css = highlightCss(look, this.scope, this.decorations);
    if (this.sheet) this.sheet.replaceSync(css);
    else if (this.styleElement) this.styleElement.textContent = css;
    this.restoreStyles();
  }

  /** Open shadow roots our sheet was adopted into (see reachShadowOf). */
  private shadowRoots = new Set<ShadowRoot>();

  /**
   * Without highlight inheritance (Firefox), the document's rules do not style text inside a shadow tree: a mark
   * there shows only if the tree's own sheets hold our rules. So the same constructed sheet is adopted into each open
   * shadow root we draw in. (In Chromium the :root rules reach shadow trees by inheritance.)
   */
  private reachShadowOf(node: Node): void {
    if (this.scope !== 'every' || !this.sheet) return;
    const root = node.getRootNode() as Partial<ShadowRoot>;
    if (!root.host || this.shadowRoots.has(root as ShadowRoot)) return;
    const shadow = root as ShadowRoot;
    try {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.sheet];
      this.shadowRoots.add(shadow);
    } catch {
      // A shadow root whose sheets the page froze: its marks are found and counted, just not styled.
    }
  }

  /**
   * A page may clear CSS.highlights or its adopted sheets once (its own in-page search starting afresh) and then not
   * change anything we would notice: every mark stayed invisible until the next hover. Once something is drawn, the
   * registry and our rules are looked at once a second (a few property reads) and put back if they went.
   */
  private watchRegistry(): void {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden' || (this.marks.size === 0 && this.active.size === 0)) return;
      this.register();
      this.restoreStyles();
    }, REGISTRY_CHECK_MS);
    this.signal.addEventListener('abort', () => window.clearInterval(timer), { once: true });
  }

  /** Gives the page our ::highlight rules, the first time something is about to be drawn. */
  private installStyles(): void {
    if (this.sheet || this.styleElement || !this.look) return;
    this.watchRegistry();
    const css = highlightCss(this.look, this.scope, this.decorations);
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      this.sheet = sheet;
      return;
    } catch {
      // Firefox before 153 does not give content scripts `document.adoptedStyleSheets` at all (bug 1751346): the
      // rules go in a <style> in our host's light tree instead, which styles the document (and no page CSP blocks it).
    }
    this.styleElement = document.createElement('style');
    this.styleElement.textContent = css;
    this.styleHost().append(this.styleElement);
  }

  /**
   * Puts our ::highlight rules back if the page threw them out (`document.adoptedStyleSheets = []`, or our
   * fallback <style> removed): without them every mark is invisible. Called whenever we draw (show, setActive),
   * so a page that wipes them gets them back on our next render. Found by tests/e2e/hostile (host-abuse page).
   */
  private restoreStyles(): void {
    try {
      if (this.sheet && !document.adoptedStyleSheets.includes(this.sheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
    } catch {
      // A page that froze the list: nothing more we can do without touching its DOM.
    }
    if (this.styleElement && !this.styleElement.isConnected) this.styleHost().append(this.styleElement);
    for (const shadow of this.shadowRoots) {
      if (!shadow.host.isConnected) {
        this.shadowRoots.delete(shadow);
        continue;
      }
      try {
        if (this.sheet && !shadow.adoptedStyleSheets.includes(this.sheet)) {
          shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.sheet];
        }
      } catch {
        // As above: a frozen list stays as the page left it.
      }
    }
  }

  /**
   * Marks waiting to be drawn or undrawn. Every change to a registered highlight makes Chromium re-validate every
   * range of every highlight and walk the whole page for paint at the next frame (about 50 ms on the bench's 3 MB
   * page, plus ~12 µs per range held): adding marks slice by slice cost that page seconds of rendering. So changes
   * are gathered and applied together, at most once a second during a long scan and at its end.
   */
  private toAdd = new Set<StaticRange>();
  private toDelete = new Set<StaticRange>();
  private lastFlush = performance.now();
  private addsSinceClock = 0;
  /**
   * Every mention meant to be marked, in the order shown, each at its `listedAt` (a removed one leaves a hole until
   * the list is next read whole): a page can show 50,000, and a Set hashed each of them. Then those whose range is in
   * the highlight (or queued), a few hundred at most.
   */
  private shown: MentionId[] = [];
  private shownCount = 0;
  /** Drawn mentions (queued or in the highlight) and their ranges. */
  private drawn = new Map<MentionId, StaticRange>();
  private planScheduled = false;
  private followingScroll = false;

  /** Whether a mention is meant to be marked (added and not removed since). */
  isShown(mention: MentionId): boolean {
    return this.index.listedAt(mention) >= 0;
  }

  /** Marks a mention (drawn at the next flush; on a page with thousands of marks, when it is near the viewport). */
  add(mention: MentionId): void {
    const { index } = this;
    if (index.listedAt(mention) >= 0) return;
    index.setListedAt(mention, this.shown.length);
    this.shown.push(mention);
    if (++this.shownCount <= DRAW_ALL_UP_TO) this.draw(mention);
    // The clock is a call into the browser: looked at once every 256 marks, not for each of 50,000.
    if ((++this.addsSinceClock & 255) === 0 && performance.now() - this.lastFlush > FLUSH_EVERY_MS) this.flush();
  }

  remove(mention: MentionId): void {
    const at = this.index.listedAt(mention);
    if (at >= 0) {
      this.shown[at] = 0;
      this.index.setListedAt(mention, -1);
      this.shownCount--;
    }
    this.undraw(mention);
  }

  /** The mentions meant to be marked, in order, with the holes left by removals (0) closed up. */
  private listed(): MentionId[] {
    if (this.shown.length > this.shownCount) {
      const live: MentionId[] = [];
      for (const mention of this.shown) {
        if (!mention) continue;
        this.index.setListedAt(mention, live.length);
        live.push(mention);
      }
      this.shown = live;
    }
    return this.shown;
  }

  private draw(mention: MentionId): void {
    if (this.drawn.has(mention)) return;
    const range = rangeOf(this.index, mention);
    this.drawn.set(mention, range);
    this.toAdd.add(range);
  }

  private undraw(mention: MentionId): void {
    const range = this.drawn.get(mention);
    if (!range) return;
    this.drawn.delete(mention);
    if (!this.toAdd.delete(range)) this.toDelete.add(range);
  }

  /** Forgets every mark (the index is cleared, or redrawn from the start). */
  clearMarks(): void {
    for (const mention of this.shown) if (mention) this.index.setListedAt(mention, -1);
    this.shown = [];
    this.shownCount = 0;
    this.drawn.clear();
    this.toAdd.clear();
    this.toDelete.clear();
    this.marks.clear();
  }

  /** Applies the gathered changes to the page's highlight: one re-validation for all of them. */
  flush(): void {
    this.lastFlush = performance.now();
    if (this.shownCount > DRAW_ALL_UP_TO) this.schedulePlan();
    else if (this.drawn.size < this.shownCount) for (const mention of this.listed()) this.draw(mention);
    this.apply();
  }

  private apply(): void {
    if (!this.toAdd.size && !this.toDelete.size) return;
    if (this.toAdd.size) {
      this.installStyles();
      for (const range of this.toAdd) this.reachShadowOf(range.startContainer);
    }
    for (const range of this.toDelete) this.marks.delete(range);
    for (const range of this.toAdd) this.marks.add(range);
    this.toDelete.clear();
    this.toAdd.clear();
  }

  /**
   * Plans which marks are near the viewport when the page is next idle: after a frame is drawn, when layout is fresh
   * (asking for geometry earlier could make the browser lay out a changed page inside our task). Not from a frame
   * callback: that runs inside the frame's own rendering task, which would then be ours too. In slices: on the 3 MB
   * bench page a plan read 1,500 positions, and in one task it came to 60-70 ms (it reads about 210 since far runs
   * of zones are judged whole: see nearView.ts).
   */
  private schedulePlan(): void {
    this.followScroll();
    if (this.planScheduled) {
      // Asked again while a plan runs: the page may have moved since that plan read it, so one more follows.
      if (this.planning) this.planAgain = true;
      return;
    }
    this.planScheduled = true;
    whenIdle(() => void this.plan(), this.signal, PLAN_WITHIN_MS);
  }

  private planning = false;
  private planAgain = false;

  /** Where a mention's element is on screen; null when its text has left the page. */
  private extentOf = (mention: MentionId): Extent | null => {
    // The plan's copy of the list may name a mention dropped while it waited between slices.
    if (!this.index.isLive(mention)) return null;
    const node = this.index.nodeOf(mention);
    const element = node.parentElement;
    if (!element || !node.isConnected) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  };

  private async plan(): Promise<void> {
    this.planning = true;
    try {
      if (this.shownCount <= DRAW_ALL_UP_TO) return;
      // A copy: the list may change while the plan waits between slices. Only mentions still listed are drawn.
      const listed = this.listed().slice();
      const verdicts = zoneVerdicts(listed, this.extentOf, { height: innerHeight });
      const far = new FarRuns();
      const steps = (function* (self: Highlighter) {
        for (const { from, to, verdict } of verdicts) {
          if (verdict === 'draw') {
            // An index loop: a generator runs unoptimized for a while, and there for-of made an iterator result per
            // mention (0.9 MB of garbage on a page of 50,000 mentions, seen in a sampling heap profile).
            for (let k = from; k < to; k++) {
              const mention = listed[k]!;
              if (self.isShown(mention)) self.draw(mention);
            }
          } else if (verdict === 'undraw') {
            far.add(from, to);
          }
          yield;
        }
      })(this);
      await runSliced(steps, this.signal);
      if (this.signal.aborted) return;
      // Only a drawn mark can be undrawn: the few hundred drawn are looked up in the far runs, rather than every one
      // of the far mentions (nearly all of a 50,000-mark page, after each scroll) looked up among the drawn.
      for (const mention of [...this.drawn.keys()]) {
        let k = this.index.listedAt(mention);
        // Its place in the plan's copy: the list itself may have closed up holes while the plan waited.
        if (listed[k] !== mention) k = listed.indexOf(mention);
        if (k >= 0 && far.has(k)) this.undraw(mention);
      }
      this.apply();
    } finally {
      this.planning = false;
      this.planScheduled = false;
      if (this.planAgain && !this.signal.aborted) {
        this.planAgain = false;
        this.schedulePlan();
      }
    }
  }

  /**
   * Once marks are drawn by nearness, scrolling (the page or any scroller in it) and resizing the window plan again,
   * as does every rescan. Not a ResizeObserver on the page: its callback runs inside each frame's rendering task, and
   * on a page that grows every 100 ms (a feed) that made every frame's layout and paint ours. A layout change with no
   * scroll and no change of text (a style that folds a long section away above) is planned for at the next scroll.
   */
  private followScroll(): void {
    if (this.followingScroll) return;
    this.followingScroll = true;
    let timer = 0;
    const soon = () => {
      if (timer || this.shownCount <= DRAW_ALL_UP_TO) return;
      timer = window.setTimeout(() => {
        timer = 0;
        this.schedulePlan();
      }, SCROLL_PLAN_MS);
    };
    const opts = { capture: true, passive: true, signal: this.signal } as const;
    document.addEventListener('scroll', soon, opts);
    document.addEventListener('scrollend', () => this.shownCount > DRAW_ALL_UP_TO && this.schedulePlan(), opts);
    window.addEventListener('resize', soon, opts);
  }

  /** After a batch of adds and removes: draw them, and make sure the page has not thrown our highlights or rules away. */
  commit(): void {
    this.flush();
    this.register();
    this.restoreStyles();
  }

  /** Draws one mention as the active one (its tooltip is open); 0 for none. */
  setActive(mention: MentionId): void {
    // Opening a tooltip is a render too: a page that cleared CSS.highlights or its sheets since gets our marks back.
    this.register();
    this.restoreStyles();
    this.active.clear();
    const range = mention && (this.drawn.get(mention) ?? rangeOf(this.index, mention));
    if (!range) return;
    this.installStyles();
    this.reachShadowOf(range.startContainer);
    this.active.add(range);
  }

  /** Briefly flashes a mention (the popup's "show me where"). */
  flashMention(mention: MentionId, signal: AbortSignal, ms = 1200): void {
    const range = rangeOf(this.index, mention);
    this.installStyles();
    this.reachShadowOf(range.startContainer);
    this.flash.clear();
    this.flash.add(range);
    const timer = setTimeout(() => this.flash.delete(range), ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  destroy(): void {
    this.marks.clear();
    this.active.clear();
    this.flash.clear();
    for (const [name, own] of [[MARK, this.marks], [ACTIVE, this.active], [FLASH, this.flash]] as const) {
      try {
        // The registry is the document's: after an update, the copy started in the tab may already hold these names,
        // and an orphaned copy tearing down must not take its highlights away.
        if (this.registry.get(name) === own) this.registry.delete(name);
      } catch {
        // A page may have replaced the registry's methods; our highlights are already empty.
      }
    }
    if (this.sheet) {
      for (const owner of [document, ...this.shadowRoots]) {
        try {
          owner.adoptedStyleSheets = owner.adoptedStyleSheets.filter((s) => s !== this.sheet);
        } catch {
          // Nothing left to undo if the page froze the list.
        }
      }
      this.shadowRoots.clear();
    }
    this.styleElement?.remove();
  }
}
