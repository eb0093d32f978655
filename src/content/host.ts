// The one element we add to a page: a host with a closed shadow root that holds all of our UI.
// Page CSS cannot reach in (closed root, `all: initial`), and our CSS cannot leak out.

export const HOST_TAG = 'layerlens-ui';

export interface UiHost {
  /** Our element: made the first time it is asked for (a tooltip opening, the fallback style for marks). */
  readonly element: HTMLElement;
  /** The element if it has been made, else null: most frames never show UI, and never pay for a host. */
  readonly made: HTMLElement | null;
  /** Closed shadow root: only we hold this reference. Asking for it makes the host. */
  readonly root: ShadowRoot;
  /** Attaches the host (first use), or puts it back if the page removed it. */
  ensureAttached(): void;
  /**
   * Puts the host above everything for a card about `anchor`: into the browser's top layer (a popover of ours, above
   * the page's own dialogs and popovers), and inside the page's modal dialog or open popover when `anchor` is in one.
   * A modal dialog makes everything outside it inert, our host too however high it is drawn: a card there could be
   * seen but not clicked or focused. Inside the page's popover, a click on the card is not a click outside it (which
   * would close it, and the name with it).
   */
  raiseFor(anchor: Node): void;
  /** Back to its place at the end of the document, out of the top layer (a card closed). */
  lower(): void;
  /**
   * Draws our UI at the viewport's scale under a page zoomed on its root element. Asked when a card opens, not on
   * every attach: reading the root's style may restyle the page, which must not land in our marks' first draw.
   */
  fitViewportScale(): void;
  destroy(): void;
}

/**
 * Our host element. A page may have defined `layerlens-ui` as its own custom element before we run: then its
 * constructor runs on our element (and can take the shadow root first, which stopped Layerlens on the page;
 * found by tests/e2e/hostile, predefined-host page). An element of an undefined name is not `:defined`; if ours
 * is, the name is taken, and we use one the page cannot have guessed.
 */
function hostElement(): HTMLElement {
  const element = document.createElement(HOST_TAG);
  if (!element.matches(':defined')) return element;
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return document.createElement(`${HOST_TAG}-${suffix}`);
}

/**
 * Our host, made on first use: creating a custom element, testing `:defined` and building the shadow root's sheet
 * cost every frame of every page 1.5–2 ms at start-up (traced on the 3 MB bench page), though most frames never
 * show a tooltip. Made late, the `:defined` test also sees a name the page defined after we started.
 */
export function createHost(css: string): UiHost {
  let made: { element: HTMLElement; root: ShadowRoot } | null = null;
  const make = () => (made ??= buildHost(css));
  return {
    get element() {
      return make().element;
    },
    get made() {
      return made?.element ?? null;
    },
    get root() {
      return make().root;
    },
    // Not attached until asked: a page where Layerlens stays off never sees our element.
    ensureAttached() {
      const { element } = make();
      if (!element.isConnected) document.documentElement.append(element);
    },
    raiseFor(anchor) {
      const { element } = make();
      const container = topLayerAncestor(anchor) ?? document.documentElement;
      if (element.parentNode !== container) container.append(element);
      showInTopLayer(element);
    },
    lower() {
      const element = made?.element;
      if (!element) return;
      hideFromTopLayer(element);
      if (element.parentNode !== document.documentElement) document.documentElement.append(element);
    },
    fitViewportScale() {
      undoRootZoom(make().element);
    },
    destroy: () => made?.element.remove(),
  };
}

/** The page's open modal dialog or popover that holds `node` (across shadow roots), the innermost; null if none. */
function topLayerAncestor(node: Node): Element | null {
  for (let at: Node | null = node; at; ) {
    if (at.nodeType === 1 && isOpenTopLayer(at as Element)) return at as Element;
    const parent: Node | null = at.parentNode;
    at = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

function isOpenTopLayer(element: Element): boolean {
  try {
    return element.matches('dialog:modal, :popover-open');
  } catch {
    // An engine without these selectors has no top layer to be under.
    return false;
  }
}

/** Shows our host as a manual popover (no light dismiss, no Escape of its own); engines without popovers skip it. */
function showInTopLayer(element: HTMLElement): void {
  if (typeof element.showPopover !== 'function') return;
  try {
    element.setAttribute('popover', 'manual');
    if (!element.matches(':popover-open')) element.showPopover();
  } catch (error) {
    // Drawn where it is, as before top layers existed: the card still opens.
    console.warn('[Layerlens] could not raise the tooltip above the page', error);
  }
}

function hideFromTopLayer(element: HTMLElement): void {
  try {
    if (typeof element.hidePopover === 'function' && element.matches(':popover-open')) element.hidePopover();
  } catch {
    // Not shown: nothing to hide.
  }
}

/**
 * A page zoomed on its root element (`html { zoom: 2 }`) zooms our host, its child, too: the card drawn twice as big,
 * and placed in zoomed pixels where the name's rectangle is in the viewport's, far from the name. The host takes the
 * inverse zoom, so our UI is drawn at the viewport's scale (as it is under a zoomed <body>, whose sibling it is).
 */
function undoRootZoom(element: HTMLElement): void {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom);
  if (Number.isFinite(zoom) && zoom > 0 && Math.abs(zoom - 1) > 1e-3) element.style.setProperty('zoom', String(1 / zoom), 'important');
  else element.style.removeProperty('zoom');
}

function buildHost(css: string): { element: HTMLElement; root: ShadowRoot } {
  const element = hostElement();
  // CSSOM, not a style attribute: works under a strict style-src CSP.
  const style = element.style;
  style.setProperty('all', 'initial', 'important');
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('inset', '0 auto auto 0', 'important');
  style.setProperty('width', '0', 'important');
  style.setProperty('height', '0', 'important');
  style.setProperty('z-index', '2147483647', 'important');
  style.setProperty('display', 'block', 'important');
  style.setProperty('overflow', 'visible', 'important');
  // As a popover in the top layer (see raiseFor), the browser's own popover look must not apply: `all: initial`
  // above resets its border, padding, margin and background; its ::backdrop is transparent.
  const root = element.attachShadow({ mode: 'closed' });
  adoptCss(root, css);
  return { element, root };
}

/** Styles for our shadow root: a constructed sheet where allowed, else a <style> inside the root. */
function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Fall through: some engines refuse constructed sheets from an isolated world.
  }
  const styleElement = document.createElement('style');
  styleElement.textContent = css;
  root.append(styleElement);
}
