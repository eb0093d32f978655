// One page, one session: scans, marks, follows changes, answers the popup, drives the tooltip.
// Everything hangs off one AbortSignal, so teardown (pagehide, extension update, turned off) is one call.
import { checkedMentions, unpackMentions } from '../detect/packedMentions';
import type { DetectContext } from '../detect/types';
import type { ChainDetails, PageChain, PageState } from '../messages';
import type { Settings } from '../settings/schema';
import { t } from '../ui/i18n';
import { Highlighter, type RuleScope } from './highlighter';
import { liveRange } from './hitTest';
import type { UiHost } from './host';
import { whenPageTurnsCrypto } from './cryptoWatch';
import { focusedElement, hasChosenText, mentionToExplain, type ExplainPlace } from './explainTarget';
import { LateShadowRoots } from './lateShadowRoots';
import { MentionIndex, type MentionId } from './mentions';
import { observePage, topMost } from './observer';
import { readPageMeta, readTextSample } from './pageMeta';
import { isCryptoPage, remoteDetector } from './remoteDetector';
import { KnownChains } from './knownChains';
import { scanRoot, scanRoots } from './scanner';
import { afterDelay, runSliced, whenIdle } from './scheduler';
import { TooltipController } from './tooltip/controller';
import { showNotice } from './tooltip/notice';
import { pageHost, siteModeHere } from './pageHost';
import { VisibleFirstSearch } from './visibleFirstSearch';
import { hasSkippedAncestorOrSelf, isBlockElement } from './walker';

export interface SessionDeps {
  host: UiHost;
  /** How our ::highlight rules select, for the engine we run in (ruleScopeFor). */
  ruleScope: RuleScope;
  /** Whether ::highlight paints underlines in this engine (paintsDecorations). */
  decorations: boolean;
  /** Whether marks inside open shadow roots can be styled here (reachesShadowTrees); if not, those are not read. */
  readShadowRoots: boolean;
  settings: () => Settings;
  openEntry: (chainId: string) => void;
  loadChain: (chainId: string) => Promise<ChainDetails>;
  reportChains: (chains: PageChain[]) => void;
  signal: AbortSignal;
}

/** How deep shadow roots nest under one point, at most, for the hit-test. */
const MAX_SHADOW_DEPTH = 8;
/** How many times a scan that lost its place is read again (see readAgainLater). */
const MAX_READS_AGAIN = 6;
/** How many mentions of a chain are looked at for a rendered one when its first is hidden. */
const VISIBLE_FIRST_SEARCH = 300;

/**
 * Whether a mention's text is rendered: not in a display:none subtree, nor in a closed <details> (whose content
 * Chromium skips with content-visibility, where text ranges still report boxes).
 */
function isRendered(index: MentionIndex, mention: MentionId): boolean {
  const node = index.nodeOf(mention);
  const element = node.parentElement;
  if (!element || !node.isConnected) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility() && !visuallyHidden(element);
  const range = liveRange(index, mention);
  return range !== null && range.getClientRects().length > 0 && !visuallyHidden(element);
}

/** A form field whose text the page scanner never reads, and which holds no text nodes to put a card over. */
function isTextField(element: Element | null): boolean {
  return element !== null && (element.localName === 'textarea' || element.localName === 'input');
}

/** Landmarks around a page's reading: its navigation, sidebars and menus (header and footer: see inPageChrome). */
const PAGE_CHROME =
  'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="menu"], [role="menubar"]';

/**
 * Whether text sits in the page's chrome rather than its reading: a nav, a sidebar, a menu, or the page's own header
 * or footer (a <header> inside an article or a section is that part's, and is reading).
 */
function inPageChrome(element: Element | null): boolean {
  if (!element) return false;
  if (element.closest(PAGE_CHROME)) return true;
  const edge = element.closest('header, footer');
  return edge !== null && !edge.parentElement?.closest('article, main, section, [role="main"], [role="article"]');
}

/** Where a mention sits, for a chain's one mark: in the reading (best), in the page's chrome, or not rendered at all. */
const IN_READING = 0;
const IN_CHROME = 1;
const NOT_RENDERED = 2;

function placeOf(index: MentionIndex, mention: MentionId): number {
  if (!isRendered(index, mention)) return NOT_RENDERED;
  return inPageChrome(index.nodeOf(mention).parentElement) ? IN_CHROME : IN_READING;
}

/** How many elements up a visually-hidden box is looked for (the label's own element, or a wrapper or two). */
const VISUALLY_HIDDEN_DEPTH = 4;

/**
 * Text for screen readers only: the "sr-only" / "visually-hidden" pattern squeezes its box to a pixel and clips the
 * text away (`position: absolute; clip: rect(0 0 0 0)`, or `clip-path: inset(50%)`, the forms Bootstrap, Tailwind and
 * WordPress use). checkVisibility() calls that visible; a reader sees nothing there, so a chain's one mark must not go
 * to it. Computed style only, no layout (a box's size would make a page that keeps changing lay itself out on every
 * check); asked only of the few marks placed first (see preferVisibleFirsts).
 */
function visuallyHidden(start: Element): boolean {
  let element: Element | null = start;
  for (let depth = 0; element && depth < VISUALLY_HIDDEN_DEPTH; depth++, element = element.parentElement) {
    const style = getComputedStyle(element);
    if (/inset\(\s*50%/.test(style.clipPath)) return true;
    if (style.clip !== 'auto' && style.clip !== '' && (style.position === 'absolute' || style.position === 'fixed')) return true;
  }
  return false;
}

export class PageSession {
  readonly index = new MentionIndex();
  /** The layer and status of each chain found, learned from the detector's answers. */
  private readonly chains = new KnownChains();
  private highlighter!: Highlighter;
  private tooltip!: TooltipController;
  private cryptoPage = false;
  /** Changes the page made to its text so far (what a scan's answers are checked against: see scanner.ts). */
  private pageChanges = 0;
  private scanning: Promise<void> = Promise.resolve();
  private revealCursor = new Map<string, number>();
  private active = false;
  private reason: PageState['reason'];

  constructor(private readonly deps: SessionDeps) {}

  /**
   * Marks and tooltip exist only where Layerlens is on: a page where it is off gets no highlight entries and no
   * pointer listeners at all.
   */
  private activate(): void {
    const deps = this.deps;
    // The fallback <style> for our ::highlight rules must be in the document to apply, so asking for it attaches the host.
    const styleHost = () => {
      deps.host.ensureAttached();
      return deps.host.element;
    };
    this.highlighter = new Highlighter(this.index, CSS.highlights, styleHost, deps.signal, deps.ruleScope, deps.decorations);
    this.tooltip = new TooltipController({
      host: deps.host,
      index: this.index,
      highlighter: this.highlighter,
      look: () => {
        const s = deps.settings();
        return { ...s.trigger, trigger: s.trigger.mode, theme: s.theme, textSize: s.textSize };
      },
      isMarked: (m) => this.isShown(m),
      hasMarks: () => this.shownCount > 0,
      shadowRoots: (x: number, y: number) => this.shadowRootsAt(x, y),
      openEntry: deps.openEntry,
      loadChain: deps.loadChain,
      signal: deps.signal,
    });
    deps.signal.addEventListener('abort', () => this.highlighter.destroy(), { once: true });
  }

  /** Mentions that count only if the page turns out to be about crypto, while the first read decides it. */
  private deferred: MentionId[] | null = null;

  private context = (): DetectContext => {
    const s = this.deps.settings();
    return { sensitivity: s.sensitivity, cryptoPage: this.cryptoPage, tickers: s.tickers, deferCryptoPage: this.deferred !== null };
  };

  private observedShadows = new WeakSet<ShadowRoot>();
  /** Custom elements read before they had a shadow root (web components defined after the page loaded). */
  private lateShadows = new LateShadowRoots();
  /** Open shadow roots read for marks (hit-testing must name them); those that left the page are let go when asked. */
  private readShadows = new Set<ShadowRoot>();

  /**
   * The read shadow roots under a point, outermost first: the hit-test names them to the browser, and naming every
   * root read (hundreds on a page of components) on every pointer frame would cost in proportion to them.
   */
  private shadowRootsAt(x: number, y: number): ShadowRoot[] {
    const roots: ShadowRoot[] = [];
    let at: Element | null = document.elementFromPoint(x, y);
    for (let depth = 0; at && depth < MAX_SHADOW_DEPTH; depth++) {
      const root = at.shadowRoot;
      if (!root || !this.readShadows.has(root)) break;
      roots.push(root);
      at = root.elementFromPoint(x, y);
      if (at === root.host) break;
    }
    return roots;
  }

  /** Lets go of read shadow roots whose host left the page. */
  private forgetDetachedShadows(): void {
    for (const root of this.readShadows) if (!root.host.isConnected) this.readShadows.delete(root);
  }

  private walkOptions() {
    return {
      // Only a host that was made can be in the page (and a scan must not make one).
      skip: this.deps.host.made,
      shadowRoots: this.deps.readShadowRoots,
      onShadowRoot: (root: ShadowRoot) => this.observe(root),
      onCustomElementWithoutShadow: (element: Element) => {
        if (this.deps.readShadowRoots) this.lateShadows.remember(element);
      },
    };
  }

  /** Follows changes under a root: the document, and every open shadow root met while reading. */
  private observe(root: Document | ShadowRoot): void {
    if (root instanceof ShadowRoot) {
      // Before the check: a root let go when its host left the page is read again when the host comes back.
      this.readShadows.add(root);
      if (this.observedShadows.has(root)) return;
      this.observedShadows.add(root);
    }
    observePage(root, {
      ignore: () => this.deps.host.made,
      onRoots: (roots, removed) => void this.rescan(roots, removed),
      onFlood: () => void this.rescanAll(),
      onChange: () => this.pageChanges++,
      signal: this.deps.signal,
    });
  }

  /** First scan of the whole page, then follow its changes. */
  async start(): Promise<void> {
    const first = this.deps.settings();
    if (!first.enabled) return this.setInactive('paused');
    if (siteModeHere(first) === 'never') return this.setInactive('site-off');
    // The page's title and headings say whether it is about crypto (asked of the background, which holds the detector).
    let cryptoPage = await isCryptoPage(readPageMeta(0, 0));
    if (this.deps.signal.aborted) return;
    // Where only pages about crypto are marked, a page that says little about itself (a forum thread, a docs page
    // titled "Network overview") is judged by the start of its text too, before anything is marked.
    if (!cryptoPage && siteModeHere(this.deps.settings()) === 'crypto-only') {
      cryptoPage = await this.aboutCryptoByText();
      if (this.deps.signal.aborted) return;
    }
    // Read again: settings may have changed while waiting (a change of on/off restarts the session).
    const settings = this.deps.settings();
    const mode = siteModeHere(settings);
    this.cryptoPage = cryptoPage;
    if (mode === 'crypto-only' && !this.cryptoPage) {
      this.setInactive('not-crypto');
      // A single-page app may render its crypto title and article later: start then.
      whenPageTurnsCrypto(async () => !this.active && (await this.aboutCryptoByText()), () => void this.start(), this.deps.signal);
      return;
    }
    this.active = true;
    this.reason = undefined;
    this.activate();
    this.highlighter.setLook({ style: settings.markStyle, color: settings.markColor });
    this.observe(document);
    await this.rescanAll();
  }

  /** Whether the page's title, headings and the start of its text say it is about crypto (see readTextSample). */
  private aboutCryptoByText(): Promise<boolean> {
    // The scanner's rules, without its side effects (watching the shadow roots read): nothing is marked yet.
    const options = { skip: this.deps.host.made, shadowRoots: this.deps.readShadowRoots };
    return isCryptoPage({ ...readPageMeta(0, 0), sample: readTextSample(document.body, options) });
  }

  private setInactive(reason: NonNullable<PageState['reason']>): void {
    this.active = false;
    this.reason = reason;
  }

  /** Settings changed: restyle live; redraw when what is shown changes; rescan when what is detected changes. */
  applySettings(previous: Settings): void {
    const next = this.deps.settings();
    this.highlighter.setLook({ style: next.markStyle, color: next.markColor });
    if (previous.sensitivity !== next.sensitivity || previous.tickers !== next.tickers) {
      void this.rescanAll();
    } else if (previous.mentions !== next.mentions || JSON.stringify(previous.layers) !== JSON.stringify(next.layers)) {
      void this.queue(() => this.redrawAll());
    }
  }

  private async rescanAll(): Promise<void> {
    await this.queue(async () => {
      this.resetMarks();
      const root = document.body ?? document.documentElement;
      const deferred: MentionId[] = [];
      this.deferred = this.cryptoPage ? null : deferred;
      let chars: number;
      let complete: boolean;
      try {
        ({ chars, complete } = await scanRoot(root, this.scanOptions()));
      } finally {
        this.deferred = null;
      }
      if (!complete) this.readAgainLater(() => this.rescanAll(), 'page');
      // A page full of certain names is a crypto page: ambiguous names count with less local evidence, so what
      // was kept aside while reading counts now (one read of the page, not two).
      if (!this.cryptoPage && !this.deps.signal.aborted) {
        let certain = 0;
        let chains = 0;
        for (const { chainId } of this.index.counts()) {
          const before = certain;
          for (const m of this.index.ofChain(chainId)) if (this.index.isCertain(m)) certain++;
          if (certain > before) chains++;
        }
        if (await isCryptoPage(readPageMeta(certain, chars, document, chains))) {
          this.cryptoPage = true;
          this.index.insertAll(deferred);
          await this.considerAll(deferred);
        } else this.index.release(deferred);
      }
      this.wholeReadEnd = this.index.nextSeq;
      this.preferVisibleFirstsWhenIdle();
      // Web components defined after this read attach shadow roots no observer reports: read them when they come.
      this.lateShadows.watch((roots) => {
        for (const root of roots) this.observe(root);
        void this.rescan(roots, false);
      }, this.deps.signal);
    });
  }

  /**
   * Reads again what changed: each root widened to its block (a name may span the changed node and its
   * neighbours). Marks on text that left the page are dropped when the page removed something.
   */
  private async rescan(roots: Node[], removed: boolean): Promise<void> {
    await this.queue(async () => {
      // Chains whose shown first mention was dropped: their first is found again once the blocks are read.
      const orphaned = new Set<string>();
      const drop = (mentions: MentionId[]) => {
        for (const chainId of this.unshow(mentions, true)) orphaned.add(chainId);
      };
      if (removed) {
        drop(this.index.removeDisconnected());
        this.forgetDetachedShadows();
      }
      const blocks = new Set<Node>();
      for (const root of roots) {
        if (!root.isConnected) continue;
        let block: Node = root;
        while (block.parentNode && !(block.nodeType === 1 && isBlockElement(block as Element))) block = block.parentNode;
        // Inline content or text added straight to <body> has the whole page for its block: reading that again
        // dropped every mark and read the page anew for one <span>. The added part is read alone instead (a name
        // split between it and text lying loose in <body> is the price).
        if (root !== block && (block === document.body || block === document.documentElement)) block = root;
        blocks.add(block);
      }
      const targets: Node[] = [];
      // What the changed parts held before: a mention found again exactly where it was is kept, not made anew, so
      // a paragraph whose live price ticks keeps its names' marks, and the card open (or about to open) over one.
      const before = new Set<MentionId>();
      const reusable = new Map<Text, MentionId[]>();
      for (const target of topMost([...blocks])) {
        const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
        if (element && hasSkippedAncestorOrSelf(element, this.walkOptions())) {
          // Its old marks go as it is not read again: a paragraph made editable after load keeps none.
          drop(this.index.removeUnder(target));
          continue;
        }
        targets.push(target);
        for (const id of this.index.heldUnder(target)) {
          before.add(id);
          const node = this.index.nodeOf(id);
          const list = reusable.get(node);
          if (list) list.push(id);
          else reusable.set(node, [id]);
        }
      }
      const { index } = this;
      const reuse = (node: Text, start: number, end: number, chain: number): MentionId => {
        const list = reusable.get(node);
        if (!list) return 0;
        for (let k = 0; k < list.length; k++) {
          const id = list[k]!;
          const last = index.lastPieceOf(id);
          if (index.startOf(id) === start && last.node === node && last.end === end && index.chainNumberOf(id) === chain) {
            list.splice(k, 1);
            before.delete(id);
            return id;
          }
        }
        return 0;
      };
      let unfinished: Node[] = [];
      this.rereading = true;
      try {
        // One scan for every changed part: their texts go to the detector together.
        ({ unfinished } = await scanRoots(targets, { ...this.scanOptions(), reuse }));
      } finally {
        this.rereading = false;
      }
      // The rest of what they held is gone (or was read as something else).
      drop(this.index.removeIds(before));
      this.showFirstOf(orphaned);
      this.preferVisibleFirstsWhenIdle();
      if (unfinished.length) this.readAgainLater(() => this.rescan(unfinished, false), 'parts');
    });
  }

  /**
   * Scans that lost their place so far, the whole page's reads and changed parts' apart: a part the page keeps
   * re-rendering (and so keeps losing its place in) must not use up the whole page's chances to be read to its end.
   */
  private placesLost = { page: 0, parts: 0 };
  /** True while changed parts of the page are read again, out of page order. */
  private rereading = false;
  /** The discovery number after the last whole read of the page: mentions numbered below it are in page order. */
  private wholeReadEnd = 0;

  /**
   * A scan lost its place (the page replaced the whole part it was reading) and the rest of its root went unread:
   * read it again once the page has had time to settle. Each time waits twice as long as the last (250 ms to 4 s),
   * and after six times it stops: a page may re-render for good, and reading it again and again would cost more
   * than the marks are worth.
   */
  private readAgainLater(read: () => Promise<void>, kind: 'page' | 'parts'): void {
    const lost = this.placesLost[kind];
    if (lost >= MAX_READS_AGAIN) return;
    this.placesLost[kind] = lost + 1;
    afterDelay(250 * 2 ** lost, () => void read(), this.deps.signal);
  }

  private scanOptions() {
    return {
      detector: remoteDetector,
      changes: () => this.pageChanges,
      context: this.context,
      walk: this.walkOptions(),
      index: this.index,
      chains: this.chains,
      onMention: (mention: MentionId) => this.consider(mention),
      onDeferred: (mention: MentionId) => this.deferred?.push(mention),
      signal: this.deps.signal,
    };
  }

  /** Scans run one after another; after each, the highlights are checked and the badge brought up to date. */
  private queue(work: () => Promise<void>): Promise<void> {
    this.scanning = this.scanning.then(work).then(
      () => {
        if (this.deps.signal.aborted) return;
        this.highlighter.commit();
        this.tooltip.settle();
        this.deps.reportChains(this.pageChains());
      },
      (error: unknown) => {
        this.tooltip.settle();
        console.error('[Layerlens] scan failed', error);
      },
    );
    return this.scanning;
  }

  /** How many mentions are drawn (the tooltip skips hit-testing on a page with none). */
  private shownCount = 0;
  /** The shown mention of each chain, when only the first mention is shown. */
  private firstShown = new Map<string, MentionId>();
  /** Chains whose hidden first mention had no rendered one to move to, as they were then. */
  private readonly visibleSearch = new VisibleFirstSearch<MentionId>();

  private isShown(mention: MentionId): boolean {
    return this.highlighter.isShown(mention);
  }

  /**
   * layerAllows by chain number, for the settings it was worked out under: a big page's scan asks once per mention
   * (50,000 on the 3 MB bench page), of about thirty chains.
   */
  private allowedChains: boolean[] = [];
  private allowedUnder: Settings | null = null;

  private layerAllowsMention(mention: MentionId): boolean {
    const settings = this.deps.settings();
    if (this.allowedUnder !== settings) {
      this.allowedUnder = settings;
      this.allowedChains = [];
    }
    const n = this.index.chainNumberOf(mention);
    const known = this.allowedChains[n];
    if (known !== undefined) return known;
    const chainId = this.index.chainOf(mention);
    const allowed = this.layerAllows(chainId);
    // A chain whose facts are not known yet is asked again (its facts come with the answer that names it).
    if (this.chains.of(chainId)) this.allowedChains[n] = allowed;
    return allowed;
  }

  private layerAllows(chainId: string): boolean {
    const chain = this.chains.of(chainId);
    if (!chain) return false;
    const { layers } = this.deps.settings();
    const layerOn = chain.layer === 1 ? layers.l1 : chain.layer === 2 ? layers.l2 : layers.l3;
    return layerOn && (!chain.shutDown || layers.shutDown);
  }

  /** A newly found mention: draw it if settings allow (in the scan's own slice, so marks appear as it goes). */
  private consider(mention: MentionId): void {
    const { index } = this;
    if (!this.layerAllowsMention(mention)) return;
    if (this.deps.settings().mentions === 'first') {
      const chainId = index.chainOf(mention);
      const current = this.firstShown.get(chainId);
      // A whole-page read finds mentions in page order, so the one shown came first; only text read again (a
      // changed paragraph) can sit before it. That spares a DOM call per mention on long pages.
      if (current && (this.rereading ? !index.comesBefore(mention, current) : index.seqOf(current) < index.seqOf(mention))) return;
      if (current) this.hide(current);
      this.firstShown.set(chainId, mention);
    }
    this.shownCount++;
    this.highlighter.add(mention);
  }

  private hide(mention: MentionId): void {
    this.shownCount--;
    this.highlighter.remove(mention);
  }

  /** Mentions that left the index: undraw them. Returns the chains whose shown first mention was among them. */
  private unshow(dropped: MentionId[], rereading = false): Set<string> {
    this.tooltip.forget(dropped, rereading);
    const orphaned = new Set<string>();
    for (const mention of dropped) {
      if (this.isShown(mention)) this.hide(mention);
      const chainId = this.index.chainOf(mention);
      if (this.firstShown.get(chainId) === mention) {
        this.firstShown.delete(chainId);
        orphaned.add(chainId);
      }
    }
    return orphaned;
  }

  /**
   * Marks the first mention in the page of chains whose shown first left, once the changed blocks were read again:
   * promoted before, the next mention took the mark from a paragraph that was only being re-read.
   */
  private showFirstOf(chainIds: Iterable<string>): void {
    for (const chainId of chainIds) {
      let first: MentionId = 0;
      const { index } = this;
      const mentions = index.ofChain(chainId);
      for (let k = 0; k < mentions.length; k++) {
        const mention = mentions[k]!;
        // A whole read finds mentions in page order: of those, only its earliest left can come first; anything
        // read since may sit anywhere. So a chain with thousands of mentions costs a few position checks, not one each.
        if (k > 0 && index.seqOf(mention) < this.wholeReadEnd) continue;
        if (!first || index.comesBefore(mention, first)) first = mention;
      }
      const current = this.firstShown.get(chainId);
      if (!first || first === current) continue;
      if (current) {
        this.hide(current);
        this.firstShown.delete(chainId);
      }
      this.consider(first);
    }
  }

  private resetMarks(): void {
    this.visibleSearch.forget();
    this.tooltip.forgetAll();
    this.index.clear();
    this.shownCount = 0;
    this.firstShown.clear();
    this.highlighter.clearMarks();
  }

  /** Settings changed what is shown: draw again from the index, in slices. */
  private async redrawAll(): Promise<void> {
    this.visibleSearch.forget();
    this.firstShown.clear();
    this.highlighter.clearMarks();
    const all = this.index.all();
    this.shownCount = 0;
    await this.considerAll(all);
    this.preferVisibleFirstsWhenIdle();
  }

  /**
   * With one mark per chain, the first mention may sit in text nobody sees (a closed menu, a collapsed section, a
   * mobile nav hidden on this screen), and the article then shows no mark at all; or in the page's navigation or a
   * sidebar of related links, where nobody reading the article looks for it. Once the page is idle (its layout fresh,
   * so asking costs little) each chain's mark moves to its first mention in the reading, or failing that to its first
   * that is rendered.
   */
  private preferVisibleFirstsWhenIdle(): void {
    if (this.deps.settings().mentions !== 'first' || this.firstShown.size === 0) return;
    whenIdle(() => void this.queue(async () => this.preferVisibleFirsts()), this.deps.signal);
  }

  private preferVisibleFirsts(): void {
    if (this.deps.settings().mentions !== 'first') return;
    const { index } = this;
    for (const [chainId, current] of this.firstShown) {
      const mentions = index.ofChain(chainId);
      // Searched already, with the same mark and mentions: a page that changes often is not searched each time.
      if (!this.visibleSearch.needed(chainId, current, mentions.length)) continue;
      const place = placeOf(index, current);
      if (place === IN_READING) continue;
      // In page order, as far as a few hundred: past that the chain's mark stays where it is.
      let visible: MentionId = 0;
      let best = place;
      for (let k = 0; k < mentions.length && k < VISIBLE_FIRST_SEARCH; k++) {
        const m = mentions[k]!;
        if (m === current) continue;
        const here = placeOf(index, m);
        if (here < best || (here === best && visible && here !== NOT_RENDERED && index.comesBefore(m, visible))) {
          visible = m;
          best = here;
        }
      }
      if (!visible) {
        this.visibleSearch.foundNone(chainId, current, mentions.length);
        continue;
      }
      this.visibleSearch.forget(chainId);
      this.hide(current);
      this.firstShown.set(chainId, visible);
      this.shownCount++;
      this.highlighter.add(visible);
    }
  }

  /** Draws what settings allow of many mentions, in slices (a big page can have thousands). */
  private async considerAll(mentions: readonly MentionId[]): Promise<void> {
    const steps = (function* (session: PageSession) {
      for (const mention of mentions) {
        session.consider(mention);
        yield;
      }
    })(this);
    await runSliced(steps, this.deps.signal);
  }

  /** Whether this frame has a mention of a chain. */
  has(chainId: string): boolean {
    return this.active && this.index.ofChain(chainId).length > 0;
  }

  /** Every chain found, with those the layer settings leave unmarked flagged (the badge counts only the rest). */
  pageChains(): PageChain[] {
    return this.index.counts().map((found) => (this.chains.of(found.chainId) && !this.layerAllows(found.chainId) ? { ...found, unmarked: true } : found));
  }

  state(): PageState {
    return { active: this.active, ...(this.reason ? { reason: this.reason } : {}), host: pageHost(), chains: this.active ? this.pageChains() : [] };
  }

  /** Scrolls to the next mention of a chain (cycling) and flashes it. */
  reveal(chainId: string): boolean {
    if (!this.active) return false;
    const { index } = this;
    const mentions = index.ofChain(chainId).filter((m) => liveRange(index, m));
    if (!mentions.length) return false;
    const cursor = ((this.revealCursor.get(chainId) ?? -1) + 1) % mentions.length;
    this.revealCursor.set(chainId, cursor);
    const mention = mentions[cursor]!;
    const range = liveRange(index, mention)!;
    const element = range.startContainer.parentElement;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.highlighter.flashMention(mention, this.deps.signal);
    return true;
  }

  /**
   * Keyboard path: open the tooltip at the selection, else at the focused name (a linked name reached with Tab), else
   * step to the next marked mention in view. A selected or focused name is opened even when it is not drawn (only a
   * chain's first mention is, by default), unless settings filter its chain out.
   */
  async explainAtSelection(): Promise<boolean> {
    const opened = await this.pickAndExplain();
    if (!opened) showNotice(this.deps.host, this.nothingToExplain());
    return opened;
  }

  /** Why the explain command opened nothing, in the user's words. */
  private nothingToExplain(): string {
    if (!this.active) {
      if (this.reason === 'paused') return t('noticePaused');
      if (this.reason === 'site-off') return t('noticeSiteOff');
      if (this.reason === 'not-crypto') return t('noticeNotCrypto');
    }
    const place = { selection: document.getSelection(), focused: focusedElement(document) };
    if (!hasChosenText(place)) return t('noticeNothingInView');
    return isTextField(place.focused) && (place.selection?.isCollapsed ?? true) ? t('noticeInTextField') : t('noticeNothingSelected');
  }

  /** Most characters of a selection asked of the detector on its own (see explainUnread). */
  private static readonly MAX_CHOSEN_CHARS = 2_000;

  /**
   * Words selected where the scanner never reads (a rich-text editor, a comment box being written): there are no
   * mentions there to pick from, so the selection is asked of the detector on its own, with the page's own rules, and
   * the first name in it gets a card over it. The mention made for it is the card's alone: not held, counted or drawn.
   */
  private async explainUnread(place: ExplainPlace): Promise<boolean> {
    const { selection } = place;
    if (!selection || selection.isCollapsed || !selection.rangeCount) return false;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    if (node !== range.endContainer || node.nodeType !== 3) return false;
    const parent = node.parentElement;
    if (!parent || !(hasSkippedAncestorOrSelf(parent, this.walkOptions()) || parent.isContentEditable)) return false;
    const text = (node as Text).data.slice(range.startOffset, range.endOffset);
    if (!text.trim() || text.length > PageSession.MAX_CHOSEN_CHARS) return false;
    let found: { start: number; end: number; chainId: string } | null = null;
    try {
      const packed = await remoteDetector.detect([text], { ...this.context(), deferCryptoPage: false });
      const { ids, facts } = checkedMentions(packed, [text]);
      this.chains.learn(ids, facts);
      unpackMentions(packed, [text], (_t, start, end, chainId) => {
        found ??= { start, end, chainId };
      });
    } catch {
      return false;
    }
    const name = found as { start: number; end: number; chainId: string } | null;
    if (!name || this.deps.signal.aborted || !this.layerAllows(name.chainId)) return false;
    const at = range.startOffset;
    const mention = this.index.createIn(name.chainId, node as Text, at + name.start, at + name.end, true);
    void this.tooltip.open(mention, true);
    return true;
  }

  private async pickAndExplain(): Promise<boolean> {
    if (!this.active) return false;
    const place = { selection: document.getSelection(), focused: focusedElement(document) };
    const explainable = (m: MentionId) => this.isShown(m) || this.layerAllowsMention(m);
    const picked = mentionToExplain(this.index, explainable, place, this.tooltip.openMention);
    if (picked) {
      void this.tooltip.open(picked, true);
      return true;
    }
    // Other words chosen: no card about some other name in view.
    if (hasChosenText(place)) return this.explainUnread(place);
    const inView = this.index.all().filter((m) => {
      if (!this.isShown(m)) return false;
      const rect = liveRange(this.index, m)?.getBoundingClientRect();
      return !!rect && rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0;
    });
    if (!inView.length) return false;
    const openAt = this.tooltip.openMention ? inView.indexOf(this.tooltip.openMention) : -1;
    const next = inView[(openAt + 1) % inView.length]!;
    void this.tooltip.open(next, true);
    return true;
  }
}
