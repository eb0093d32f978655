// When the tooltip opens and closes, and where it goes. Opens after a hover delay (or on a held key, a click,
// a tap, or the keyboard command); stays open while the pointer is on the mention or the tooltip; closes on
// Escape, a click outside, or when its mention scrolls away.
import { computePosition, inline, type Middleware, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ChainDetails } from '../../messages';
import type { HoldKey, TextSize, Theme, TriggerMode } from '../../settings/schema';
import { messagesLanguage, t } from '../../ui/i18n';
import type { Highlighter } from '../highlighter';
import { liveRange, mentionAtPoint, rangeContainsPoint } from '../hitTest';
import type { UiHost } from '../host';
import type { MentionId, MentionIndex } from '../mentions';
import { opaqueColour } from './backgroundColour';
import { type CardSize, choosePlace, EDGE, GAP } from './placement';
import { TooltipCard } from './TooltipCard';

export interface TooltipLook {
  trigger: TriggerMode;
  hoverDelayMs: number;
  holdKey: HoldKey;
  theme: Theme;
  textSize: TextSize;
}

interface Deps {
  host: UiHost;
  index: MentionIndex;
  highlighter: Highlighter;
  look: () => TooltipLook;
  /** Visible marks only: a mention filtered out by settings is not hoverable. */
  isMarked: (mention: MentionId) => boolean;
  /** The open shadow roots we read that lie under a point: the hit-test must name them to the browser (caretAt). */
  shadowRoots: (x: number, y: number) => ShadowRoot[];
  /** Whether anything is marked at all: with nothing marked, pointer moves cost nothing. */
  hasMarks: () => boolean;
  openEntry: (chainId: string) => void;
  /** The full entry of a chain (from the background: the content script bundles only names). */
  loadChain: (chainId: string) => Promise<ChainDetails>;
  signal: AbortSignal;
}

/** How long after a key typed into a field hovering opens no tooltip (the pointer may rest on a name meanwhile). */
const TYPING_PAUSE_MS = 1_500;
/** Time the pointer may spend between the mention and the tooltip before it closes. */
const CLOSE_GRACE_MS = 250;
const LABEL_ID = 'layerlens-tooltip-title';

export class TooltipController {
  private container: HTMLDivElement;
  /** Mentions by id; 0 is none. */
  private current: MentionId = 0;
  private pending: MentionId = 0;
  private openTimer = 0;
  private closeTimer = 0;
  private heldKey = false;
  private lastPointer = { x: -1, y: -1 };
  private framePending = false;
  private returnFocus: Element | null = null;
  /** The open card's size uncapped, measured when it is first placed. */
  private naturalSize: CardSize | null = null;
  private opening: MentionId = 0;
  private scrollPending = false;
  /** The pending open's mention was dropped while the page is read again: its chain, to find under the pointer. */
  private pendingChain: string | null = null;
  /** That chain was not under the pointer yet when the delay was up (its new text not read yet): looked for at settle. */
  private awaitedChain: string | null = null;
  /** Where the open card's name was last drawn (viewport coordinates), for a re-render that replaces its text. */
  private anchor: DOMRect | null = null;
  /** The card's mention was dropped while the page is read again: its chain and place, until settle(). */
  private orphan: { chainId: string; at: DOMRect } | null = null;
  /** The open card was asked for with the keyboard (the explain command), not by hovering or tapping. */
  private openedByKeyboard = false;
  /** A mark a touch just opened: the click that follows the tap must not follow the link the name sits in. */
  private tapOpened: MentionId = 0;
  /** A button held while the pointer moves: the user is selecting or dragging. */
  private pointerPressed = false;
  /** When the user last typed into an editable element (performance.now()), or -Infinity. */
  private lastTyped = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: Deps) {
    // Put into our host when a tooltip first opens (see open): a page never hovered makes no host.
    this.container = document.createElement('div');
    const { signal } = deps;
    const opts = { capture: true, passive: true, signal } as const;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), opts);
    document.addEventListener('click', (e) => this.onClick(e), { capture: true, signal });
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    document.addEventListener('keyup', (e) => this.onKeyUp(e), { capture: true, signal });
    document.addEventListener('selectionchange', () => this.onSelectionChange(), { passive: true, signal });
    window.addEventListener('blur', () => (this.heldKey = false), { signal });
    window.addEventListener('scroll', () => this.onScroll(), { capture: true, passive: true, signal });
    window.addEventListener('resize', () => this.reposition(), { passive: true, signal });
    // Tabbing out of the tooltip (past its last link, or back before it) leaves it: it closes rather than stay open
    // over the page the user has gone back to. Focus leaving the window (relatedTarget null) is not that.
    this.container.addEventListener(
      'focusout',
      (e) => {
        const to = e.relatedTarget;
        if (to instanceof Node && !this.container.contains(to)) this.close(false);
      },
      { signal },
    );
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** The mention whose tooltip is open, or 0. */
  get openMention(): MentionId {
    return this.current;
  }

  private isOurs(target: EventTarget | null): boolean {
    return target !== null && target === this.deps.host.made;
  }

  private onPointerMove(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    this.pointerPressed = event.buttons !== 0;
    if (this.framePending) return;
    this.framePending = true;
    // One hit-test per frame however fast the pointer moves.
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.deps.signal.aborted) return;
      this.track(this.isOurs(event.target));
    });
  }

  private track(overTooltip: boolean): void {
    const { x, y } = this.lastPointer;
    if (overTooltip) {
      this.cancelClose();
      return;
    }
    const hit = this.hitTest(x, y);
    if (this.current) {
      if (hit === this.current) {
        // Still on its mark: keep it, and put our host back if the page took it away meanwhile.
        if (!this.deps.host.made?.isConnected) this.deps.host.raiseFor(this.deps.index.nodeOf(this.current));
        this.cancelClose();
      } else if (hit && this.deps.look().trigger === 'hover') {
        // On to another mark: a pending close must not cancel the open that replaces it.
        this.cancelClose();
        this.scheduleOpen(hit);
      } else this.scheduleClose();
      return;
    }
    const look = this.deps.look();
    if (look.trigger === 'click') return;
    if (look.trigger === 'hold-key' && !this.heldKey) return;
    if (hit) this.scheduleOpen(hit);
    else this.cancelOpen();
  }

  private hitTest(x: number, y: number): MentionId {
    if (!this.deps.hasMarks()) return 0;
    const hit = mentionAtPoint(this.deps.index, x, y, this.deps.shadowRoots(x, y));
    return hit && this.deps.isMarked(hit) ? hit : 0;
  }

  private scheduleOpen(mention: MentionId): void {
    if (this.pending === mention) return;
    this.cancelOpen();
    if (this.isBusy(mention)) return;
    this.pending = mention;
    this.pendingChain = null;
    const delay = this.deps.look().trigger === 'hold-key' ? 0 : this.deps.look().hoverDelayMs;
    this.openTimer = window.setTimeout(() => {
      const { pendingChain } = this;
      this.pending = 0;
      this.pendingChain = null;
      const { x, y } = this.lastPointer;
      if (pendingChain === null) {
        // Still there? The pointer may have left without a move event (scroll, frame change).
        const range = liveRange(this.deps.index, mention);
        if (range && rangeContainsPoint(range, x, y)) void this.open(mention, false);
        return;
      }
      // The page rebuilt the name's text while the pointer rested on it: the same chain under the pointer now, or,
      // if the new text is still being read, once it is (see settle).
      const hit = this.hitTest(x, y);
      if (hit && this.deps.index.chainOf(hit) === pendingChain) void this.open(hit, false);
      else this.awaitedChain = pendingChain;
    }, delay);
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.pending = 0;
    this.pendingChain = null;
    this.awaitedChain = null;
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = window.setTimeout(() => {
      this.closeTimer = 0;
      this.close(false);
    }, CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  /**
   * No tooltip while the user selects text (a button held, or the name inside their selection: they are about to
   * copy it) or types (for a moment after each key in a field). A field that merely has focus (a docs page's
   * autofocused search box) or a selection elsewhere on the page does not stop hovering: it did, and the extension
   * looked broken on such pages until the user clicked somewhere blank.
   */
  private isBusy(mention: MentionId): boolean {
    if (this.pointerPressed) return true;
    if (performance.now() - this.lastTyped < TYPING_PAUSE_MS) return true;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return false;
    const range = liveRange(this.deps.index, mention);
    return range !== null && rangesOverlap(selection.getRangeAt(0), range);
  }

  /**
   * Selecting the name a hover card is open over (a double-click, a drag across it) means copying it, as isBusy
   * says: the card gets out of the way. A card the user asked for with the keyboard stays: they selected the name
   * to ask.
   */
  private onSelectionChange(): void {
    if (!this.current || this.openedByKeyboard) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return;
    const range = liveRange(this.deps.index, this.current);
    if (range && rangesOverlap(selection.getRangeAt(0), range)) this.close(false);
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.isOurs(event.target)) return;
    if (event.pointerType === 'touch') {
      // Touch: a tap on a mark opens it; a tap elsewhere closes. A touch screen has no hover: the first tap on a
      // name inside a link explains it, and a tap on it again, its card open, follows the link (see onClick).
      const hit = this.hitTest(event.clientX, event.clientY);
      if (hit) {
        this.lastPointer = { x: event.clientX, y: event.clientY };
        if (this.current === hit || this.opening === hit) return;
        this.tapOpened = hit;
        void this.open(hit, false);
        return;
      }
    }
    this.tapOpened = 0;
    if (this.current) {
      const range = liveRange(this.deps.index, this.current);
      if (!range || !rangeContainsPoint(range, event.clientX, event.clientY)) this.close(false);
    }
  }

  private onClick(event: MouseEvent): void {
    const tapped = this.tapOpened;
    this.tapOpened = 0;
    if (tapped && !this.isOurs(event.target) && (event.target as Element | null)?.closest?.('a[href]')) {
      // The tap that opened a card over a name in a link: the card, not the link (nor the page's router) gets it.
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (this.deps.look().trigger !== 'click' || this.isOurs(event.target)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (!hit) return;
    // Our click only: the page's own link under the mark would navigate away otherwise.
    if (!(event.target as Element | null)?.closest?.('a[href]')) {
      this.lastPointer = { x: event.clientX, y: event.clientY };
      void this.open(hit, false);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (isTyping(event)) this.lastTyped = performance.now();
    if (event.key === 'Escape' && this.current) {
      this.close(true);
      // Escape closes our card and nothing else: not the page's modal dialog the name sits in (its default action).
      event.stopPropagation();
      event.preventDefault();
      return;
    }
    if (event.key === this.deps.look().holdKey) {
      this.heldKey = true;
      if (this.deps.look().trigger === 'hold-key') this.track(false);
    }
  }

  /**
   * Keys inside the card. Tab past its last link, or Shift+Tab before its first, leaves the card: it closes and focus
   * goes back to where the user asked for it (the name they explained), rather than on to the end of the document
   * (our host is the page's last element: Shift+Tab jumped to the page's footer and scrolled there) or out of the
   * page with the card left open over it.
   */
  private onCardKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.close(true);
      return;
    }
    if (event.key !== 'Tab' || !this.returnFocus) return;
    const tip = this.tipElement();
    if (!tip) return;
    const stops = Array.from(tip.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])'));
    const at = this.deps.host.root.activeElement;
    const leaving = event.shiftKey ? at === tip || at === stops[0] : at === stops[stops.length - 1] || (at === tip && !stops.length);
    if (!leaving) return;
    event.preventDefault();
    this.close(true);
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (event.key === this.deps.look().holdKey) this.heldKey = false;
  }

  private onScroll(): void {
    if (!this.current || this.scrollPending) return;
    this.scrollPending = true;
    // Scroll events come many per frame: check once per frame.
    requestAnimationFrame(() => {
      this.scrollPending = false;
      if (!this.current) return;
      const range = liveRange(this.deps.index, this.current);
      if (!range || !isRangeVisible(range)) this.close(false);
      else this.reposition();
    });
  }

  /** Opens the tooltip on `mention`; `focus` moves keyboard focus into it (the keyboard path). */
  async open(mention: MentionId, focus: boolean): Promise<void> {
    this.cancelOpen();
    this.cancelClose();
    this.opening = mention;
    const details = await this.deps.loadChain(this.deps.index.chainOf(mention)).catch(() => null);
    const chain = details?.chain ?? null;
    // Superseded while loading (another mention, Escape), or the text went away.
    if (this.opening !== mention || this.deps.signal.aborted) return;
    this.opening = 0;
    if (!chain || !liveRange(this.deps.index, mention)) return;
    this.deps.host.raiseFor(this.deps.index.nodeOf(mention));
    this.deps.host.fitViewportScale();
    const { root } = this.deps.host;
    if (this.container.parentNode !== root) root.append(this.container);
    this.current = mention;
    this.openedByKeyboard = focus;
    this.deps.highlighter.setActive(mention);
    const look = this.deps.look();
    render(
      h(
        'div',
        {
          class: 'tip',
          role: 'dialog',
          // Its own language: on an Arabic or Chinese page a screen reader would read our English card in the page's.
          lang: messagesLanguage(),
          dir: textDirection(messagesLanguage()),
          // Named by its label alone ("Arbitrum One, explained by Layerlens"): aria-labelledby would win over it
          // and say only the title.
          'aria-label': t('tooltipLabel', chain.name),
          tabIndex: -1,
          'data-theme': resolveTheme(look.theme, this.deps.index.nodeOf(mention).parentElement),
          'data-size': look.textSize,
          'data-chain': chain.id,
          onKeyDown: (e: KeyboardEvent) => this.onCardKeyDown(e),
        },
        h(TooltipCard, {
          chain,
          kindMeaning: details?.kindMeaning ?? null,
          stack: details?.stack ?? [],
          labelId: LABEL_ID,
          onOpenEntry: (id: string) => this.deps.openEntry(id),
          onClose: () => this.close(true),
        }),
      ),
      this.container,
    );
    // A new card: its full size is measured once, on the first placing (see reposition).
    this.naturalSize = null;
    this.reposition();
    if (focus) {
      // Pressed again while open, focus is in our tooltip already: where to go back to was set by the first press.
      if (!this.hasFocus()) this.returnFocus = document.activeElement;
      this.tipElement()?.focus({ preventScroll: true });
    }
  }

  /**
   * The page no longer holds these mentions (their text changed or left): a tooltip about one of them goes with
   * them, or it would stay open over nothing, its active highlight on whatever text now sits at its offsets.
   * Focus moves only if it was in the tooltip.
   */
  forget(dropped: readonly MentionId[], rereading = false): void {
    if (!dropped.length) return;
    if (this.pending && dropped.includes(this.pending)) {
      // Text read again: the open goes ahead if the same chain is under the pointer when its delay is up.
      if (rereading) this.pendingChain = this.deps.index.chainOf(this.pending);
      else this.cancelOpen();
    }
    if (this.opening && dropped.includes(this.opening)) this.opening = 0;
    if (!this.current || !dropped.includes(this.current)) return;
    if (rereading && this.anchor && !this.hasFocus()) {
      // The page re-rendered the part being read (a feed that rebuilds its list every second): the name is likely
      // back in a moment, in new text nodes, where it was. The card stays up until the read settles (see settle).
      this.orphan = { chainId: this.deps.index.chainOf(this.current), at: this.anchor };
      this.current = 0;
      return;
    }
    this.close(this.hasFocus());
  }

  /**
   * The page has been read again since the card's mention was dropped (forget): a mention of the same chain where the
   * name was takes the card over, unmoved; with none, the card closes.
   */
  settle(): void {
    const awaited = this.awaitedChain;
    if (awaited !== null) {
      this.awaitedChain = null;
      const hit = this.current || this.opening ? 0 : this.hitTest(this.lastPointer.x, this.lastPointer.y);
      if (hit && this.deps.index.chainOf(hit) === awaited) void this.open(hit, false);
    }
    const orphan = this.orphan;
    if (!orphan) return;
    this.orphan = null;
    // Something opened meanwhile (the pointer moved on to another name): that card replaced this one.
    if (this.current || this.opening) return;
    const x = orphan.at.left + orphan.at.width / 2;
    const y = orphan.at.top + orphan.at.height / 2;
    const hit = this.hitTest(x, y);
    if (hit && this.deps.index.chainOf(hit) === orphan.chainId) {
      this.current = hit;
      this.deps.highlighter.setActive(hit);
      this.reposition();
      return;
    }
    this.clear();
  }

  /** Every mention was dropped (the whole page is read again). */
  forgetAll(): void {
    this.cancelOpen();
    this.opening = 0;
    if (this.current || this.orphan) this.close(this.hasFocus());
  }

  private hasFocus(): boolean {
    const made = this.deps.host.made;
    return made !== null && document.activeElement === made;
  }

  close(restoreFocus: boolean): void {
    this.cancelOpen();
    this.cancelClose();
    this.opening = 0;
    if (this.orphan) {
      this.orphan = null;
      if (!this.current) this.clear();
    }
    if (!this.current) return;
    this.current = 0;
    this.clear();
    if (restoreFocus && this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) {
      this.returnFocus.focus({ preventScroll: true });
    }
    this.returnFocus = null;
  }

  /** Takes the card off the page. */
  private clear(): void {
    this.anchor = null;
    this.deps.highlighter.setActive(0);
    render(null, this.container);
    this.deps.host.lower();
  }

  private tipElement(): HTMLElement | null {
    return this.container.firstElementChild as HTMLElement | null;
  }

  private reposition(): void {
    const tip = this.tipElement();
    const mention = this.current;
    if (!tip || !mention) return;
    const range = liveRange(this.deps.index, mention);
    if (!range) {
      this.close(false);
      return;
    }
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    // The side is chosen and the card capped to it before placing (see placement.ts): the card never covers the name.
    const rect = range.getBoundingClientRect();
    this.anchor = rect;
    // Measured once per card: measuring means lifting the caps, which would scroll a card the reader scrolled back
    // to its top each time the page scrolls or resizes.
    if (this.naturalSize === null) {
      tip.style.removeProperty('max-height');
      tip.style.removeProperty('--room-x');
      const footer = tip.querySelector<HTMLElement>('.foot')?.offsetHeight ?? 0;
      this.naturalSize = { width: tip.offsetWidth, height: tip.offsetHeight, footer };
    }
    // The page's scrollbar is no room for the card.
    const width = Math.min(window.innerWidth, document.documentElement.clientWidth || window.innerWidth);
    const place = choosePlace(rect, { width, height: window.innerHeight }, this.naturalSize);
    tip.style.setProperty('max-height', `${place.maxHeight}px`);
    if (place.maxWidth === null) tip.style.removeProperty('--room-x');
    else tip.style.setProperty('--room-x', `${place.maxWidth}px`);
    tip.toggleAttribute('data-compact', place.compact);
    const { placement } = place;
    // shift() slides the card along the name's side only, never across the name.
    const middleware = [inline({ x: this.lastPointer.x, y: this.lastPointer.y }), offset(GAP), clearOf(rect), shift({ padding: EDGE })];
    void computePosition(reference, tip, { strategy: 'fixed', placement, middleware }).then(({ x, y }) => {
      if (this.tipElement() !== tip) return;
      tip.style.setProperty('left', `${Math.round(x)}px`);
      tip.style.setProperty('top', `${Math.round(y)}px`);
    });
  }

  destroy(): void {
    this.cancelOpen();
    this.cancelClose();
    render(null, this.container);
    this.container.remove();
  }
}

/** The writing direction of a language of our messages (their locale files are the only languages we write). */
function textDirection(language: string): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ur|ps|sd|ug|yi)\b/.test(language) ? 'rtl' : 'ltr';
}

/** Whether a key types into a field or an editor: a character, or a deletion (not Escape, Tab, arrows, shortcuts). */
function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key.length !== 1 && event.key !== 'Backspace' && event.key !== 'Delete') return false;
  // The key's real target: inside a web component's open shadow root, event.target is only the component's host.
  const element = (event.composedPath()[0] ?? event.target) as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable === true || /^(INPUT|TEXTAREA)$/.test(element.tagName)) return true;
  // A closed shadow root hides its field even from the path: a character typed into a custom element counts.
  return element.localName.includes('-');
}

/** Whether two ranges share any text (false for ranges in different trees, which cannot be compared). */
function rangesOverlap(a: Range, b: Range): boolean {
  try {
    // a starts before b ends (END_TO_START: a's start against b's end), and a ends after b starts.
    return a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
  } catch {
    return false;
  }
}

/**
 * Keeps a card above or below the whole name: inline() places it by the line under the pointer, and a name that
 * wraps has another line the card would cover.
 */
function clearOf(name: DOMRect): Middleware {
  return {
    name: 'clearOfName',
    fn({ y, placement, rects }) {
      if (placement.startsWith('bottom')) return { y: Math.max(y, name.bottom + GAP) };
      if (placement.startsWith('top')) return { y: Math.min(y, name.top - GAP - rects.floating.height) };
      return {};
    },
  };
}

/** Whether any of the range shows: inside the viewport and not clipped away by a scrolled ancestor. */
function isRangeVisible(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  let top = Math.max(rect.top, 0);
  let left = Math.max(rect.left, 0);
  let bottom = Math.min(rect.bottom, window.innerHeight);
  let right = Math.min(rect.right, window.innerWidth);
  for (let e = range.startContainer.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = e.getBoundingClientRect();
    top = Math.max(top, box.top);
    left = Math.max(left, box.left);
    bottom = Math.min(bottom, box.bottom);
    right = Math.min(right, box.right);
  }
  return bottom > top && right > left;
}

/**
 * "auto" follows the page: a dark page gets a dark tooltip, else the browser's preference. The page is what is
 * painted behind the name (`at`): many dark sites paint a wrapper and leave the body transparent.
 */
export function resolveTheme(theme: Theme, at: Element | null = null): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  const background = backgroundBehind(at);
  if (background) return luminance(background) < 0.4 ? 'dark' : 'light';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** How far up from the name to look for a painted background before falling back to the body and the root. */
const BACKGROUND_SEARCH_DEPTH = 40;

/** The first mostly opaque background colour at or above `element`, then the body's or the root's. */
function backgroundBehind(element: Element | null): [number, number, number] | null {
  let depth = 0;
  // Up through shadow roots too: a name inside a component is painted on the page around the component.
  for (let e = element; e && depth < BACKGROUND_SEARCH_DEPTH; e = parentAcrossShadow(e), depth++) {
    const colour = opaqueBackground(e);
    if (colour) return colour;
  }
  for (const e of [document.body, document.documentElement]) {
    const colour = e ? opaqueBackground(e) : null;
    if (colour) return colour;
  }
  return null;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function opaqueBackground(element: Element): [number, number, number] | null {
  return opaqueColour(getComputedStyle(element).backgroundColor);
}

function luminance([r, g, b]: [number, number, number]): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
