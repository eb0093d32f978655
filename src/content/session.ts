// One page, one session: scans, marks, follows changes, answers the popup, drives the tooltip.
// Everything hangs off one AbortSignal, so teardown (pagehide, extension update, turned off) is one call.
import { chainById } from '../data/index';
import { findMentions } from '../detect/index';
import { pageSignal } from '../detect/pageSignal';
import type { Chain } from '../data/types';
import type { DetectContext } from '../detect/types';
import type { PageChain, PageState } from '../messages';
import type { Settings } from '../settings/schema';
import { siteMode } from '../settings/sites';
import { Highlighter } from './highlighter';
import { liveRange } from './hitTest';
import type { UiHost } from './host';
import { MentionIndex, type PageMention } from './mentions';
import { observePage } from './observer';
import { scanRoot } from './scanner';
import { TooltipController } from './tooltip/controller';
import { hasSkippedAncestorOrSelf, isBlockElement } from './walker';

export interface SessionDeps {
  host: UiHost;
  settings: () => Settings;
  openEntry: (chainId: string) => void;
  loadChain: (chainId: string) => Promise<Chain | null>;
  reportChains: (chains: PageChain[]) => void;
  signal: AbortSignal;
}

export class PageSession {
  readonly index = new MentionIndex();
  private highlighter: Highlighter;
  private tooltip: TooltipController;
  private cryptoPage = false;
  private scanning: Promise<void> = Promise.resolve();
  private revealCursor = new Map<string, number>();
  private active = false;
  private reason: PageState['reason'];

  constructor(private readonly deps: SessionDeps) {
    this.highlighter = new Highlighter(CSS.highlights, () => deps.host.element);
    this.tooltip = new TooltipController({
      host: deps.host,
      index: this.index,
      highlighter: this.highlighter,
      look: () => {
        const s = deps.settings();
        return { ...s.trigger, trigger: s.trigger.mode, theme: s.theme, textSize: s.textSize };
      },
      isMarked: (m) => this.isShown(m),
      openEntry: deps.openEntry,
      loadChain: deps.loadChain,
      signal: deps.signal,
    });
    deps.signal.addEventListener('abort', () => this.highlighter.destroy(), { once: true });
  }

  private context = (): DetectContext => {
    const s = this.deps.settings();
    return { sensitivity: s.sensitivity, cryptoPage: this.cryptoPage, tickers: s.tickers };
  };

  private observedShadows = new WeakSet<ShadowRoot>();

  private walkOptions() {
    return { skip: this.deps.host.element, onShadowRoot: (root: ShadowRoot) => this.observe(root) };
  }

  /** Follows changes under a root: the document, and every open shadow root met while reading. */
  private observe(root: Document | ShadowRoot): void {
    if (root instanceof ShadowRoot) {
      if (this.observedShadows.has(root)) return;
      this.observedShadows.add(root);
    }
    observePage(root, {
      ignore: () => this.deps.host.element,
      onRoots: (roots) => void this.rescan(roots),
      onFlood: () => void this.rescanAll(),
      signal: this.deps.signal,
    });
  }

  /** First scan of the whole page, then follow its changes. */
  async start(): Promise<void> {
    const settings = this.deps.settings();
    if (!settings.enabled) return this.setInactive('paused');
    const mode = siteMode(settings, location.hostname);
    if (mode === 'never') return this.setInactive('site-off');
    this.cryptoPage = pageSignal(readPageMeta(0, 0));
    if (mode === 'crypto-only' && !this.cryptoPage) return this.setInactive('not-crypto');
    this.active = true;
    this.reason = undefined;
    this.highlighter.setLook({ style: settings.markStyle, color: settings.markColor });
    this.observe(document);
    await this.rescanAll();
  }

  private setInactive(reason: NonNullable<PageState['reason']>): void {
    this.active = false;
    this.reason = reason;
  }

  /** Settings changed: restyle live, and rescan only when what is detected changes. */
  applySettings(previous: Settings): void {
    const next = this.deps.settings();
    this.highlighter.setLook({ style: next.markStyle, color: next.markColor });
    this.refresh();
    if (previous.sensitivity !== next.sensitivity || previous.tickers !== next.tickers) void this.rescanAll();
  }

  private async rescanAll(): Promise<void> {
    await this.queue(async () => {
      this.index.clear();
      const root = document.body ?? document.documentElement;
      const { chars } = await scanRoot(root, this.scanOptions());
      // A page full of certain names is a crypto page: ambiguous names now count with less local evidence.
      if (!this.cryptoPage) {
        const certain = this.index.all().filter((m) => m.certain).length;
        const meta = readPageMeta(certain, chars);
        if (pageSignal(meta)) {
          this.cryptoPage = true;
          this.index.clear();
          await scanRoot(root, this.scanOptions());
        }
      }
    });
  }

  private async rescan(roots: Node[]): Promise<void> {
    await this.queue(async () => {
      const blocks = new Set<Node>();
      for (const root of roots) {
        if (!root.isConnected) continue;
        // Rescan the whole block a change sits in: a name may span the changed node and its neighbours.
        let block: Node = root;
        while (block.parentNode && !(block.nodeType === 1 && isBlockElement(block as Element))) block = block.parentNode;
        const element = block.nodeType === 1 ? (block as Element) : block.parentElement;
        if (element && hasSkippedAncestorOrSelf(element, this.walkOptions())) continue;
        blocks.add(block);
      }
      const targets = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
      this.index.removeWhere((node) => !node.isConnected || targets.some((t) => t.contains(node)));
      for (const target of targets) await scanRoot(target, this.scanOptions());
    });
  }

  private scanOptions() {
    return { detector: { findMentions }, context: this.context, walk: this.walkOptions(), index: this.index, signal: this.deps.signal };
  }

  /** Scans run one after another, then the marks and the badge are brought up to date. */
  private queue(work: () => Promise<void>): Promise<void> {
    this.scanning = this.scanning.then(work).then(
      () => this.refresh(),
      (error: unknown) => console.error('[Layerlens] scan failed', error),
    );
    return this.scanning;
  }

  /** Whether settings let this mention be marked (layer, shut-down, first mention only). */
  private shown = new Set<PageMention>();

  private isShown(mention: PageMention): boolean {
    return this.shown.has(mention);
  }

  private refresh(): void {
    if (this.deps.signal.aborted) return;
    const settings = this.deps.settings();
    const shown = new Set<PageMention>();
    const seen = new Set<string>();
    for (const mention of this.index.all()) {
      const chain = chainById(mention.chainId);
      if (!chain) continue;
      const layerOn = chain.layer === 1 ? settings.layers.l1 : chain.layer === 2 ? settings.layers.l2 : settings.layers.l3;
      if (!layerOn || (chain.status === 'shut-down' && !settings.layers.shutDown)) continue;
      if (settings.mentions === 'first') {
        if (seen.has(chain.id)) continue;
        seen.add(chain.id);
      }
      shown.add(mention);
    }
    this.shown = shown;
    this.highlighter.show(settings.markStyle === 'none' ? [] : shown);
    this.deps.reportChains(this.pageChains());
  }

  pageChains(): PageChain[] {
    const counts = new Map<string, number>();
    for (const mention of this.index.all()) counts.set(mention.chainId, (counts.get(mention.chainId) ?? 0) + 1);
    return [...counts].map(([chainId, count]) => ({ chainId, count }));
  }

  state(): PageState {
    return { active: this.active, ...(this.reason ? { reason: this.reason } : {}), host: location.hostname, chains: this.active ? this.pageChains() : [] };
  }

  /** Scrolls to the next mention of a chain (cycling) and flashes it. */
  reveal(chainId: string): boolean {
    const mentions = this.index.all().filter((m) => m.chainId === chainId && liveRange(m));
    if (!mentions.length) return false;
    const cursor = ((this.revealCursor.get(chainId) ?? -1) + 1) % mentions.length;
    this.revealCursor.set(chainId, cursor);
    const mention = mentions[cursor]!;
    const range = liveRange(mention)!;
    const element = range.startContainer.parentElement;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.highlighter.flashMention(mention, this.deps.signal);
    return true;
  }

  /** Keyboard path: open the tooltip at the selection, or step to the next marked mention in view. */
  explainAtSelection(): boolean {
    const shown = this.index.all().filter((m) => this.shown.has(m));
    const selection = document.getSelection();
    if (selection && selection.rangeCount) {
      const focus = selection.getRangeAt(0);
      const atCaret = this.index.at(focus.startContainer, focus.startOffset);
      if (atCaret && this.shown.has(atCaret) && atCaret !== this.tooltip.openMention) {
        void this.tooltip.open(atCaret, true);
        return true;
      }
    }
    const inView = shown.filter((m) => {
      const rect = liveRange(m)?.getBoundingClientRect();
      return !!rect && rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0;
    });
    if (!inView.length) return false;
    const openAt = this.tooltip.openMention ? inView.indexOf(this.tooltip.openMention) : -1;
    const next = inView[(openAt + 1) % inView.length]!;
    void this.tooltip.open(next, true);
    return true;
  }
}

function readPageMeta(certainMentionCount: number, textLength: number) {
  const description = document.querySelector('meta[name="description"], meta[property="og:description"]');
  const headings = [...document.querySelectorAll('h1, h2, h3')].slice(0, 30).map((h) => h.textContent ?? '');
  return {
    title: document.title,
    description: description?.getAttribute('content') ?? '',
    headings,
    certainMentionCount,
    textLength,
  };
}
