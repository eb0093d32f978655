// Reads a page's text as blocks: the text nodes of one block element, in order, joined.
// A name split across inline elements ("<a>Arbitrum</a> One") sits inside one block, so the matcher sees it whole.
// Pure DOM: the same rules run in the page (content script) and in Node over jsdom (scan CLI).

export interface TextSegment {
  node: Text;
  /** Offset of this node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  text: string;
  nodes: TextSegment[];
}

export interface WalkOptions {
  /** Also read text inside <code>, <pre>, <kbd>, <samp> (off by default: code is not prose). */
  includeCode?: boolean;
  /** An element of ours to skip (the tooltip host). */
  skip?: Element | null;
  /** Told of every open shadow root read on the way (so the page scanner can watch it for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Never read: not text a person reads as prose, or text we must not touch (form fields). Lowercase local names. */
const ALWAYS_SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
]);
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp']);

/** Elements that flow inside a line; anything else starts a new block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 'ruby', 'rb', 'rt', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
  'wbr', 'nobr', 'big',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/**
 * Skipped by its own tag or attributes. Inside a walk this is enough: editability is inherited, so an editable
 * region starts at an element with a contenteditable attribute, and the walk never enters it.
 */
function isSkippedHere(element: Element, options: WalkOptions): boolean {
  if (element === options.skip) return true;
  const name = element.localName;
  if (ALWAYS_SKIPPED.has(name)) return true;
  if (!options.includeCode && CODE_ELEMENTS.has(name)) return true;
  const ns = element.namespaceURI;
  if (ns && ns !== HTML_NS) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True for elements whose subtree is never read, editable ones included (whether by attribute or inherited). */
export function isSkippedElement(element: Element, options: WalkOptions = {}): boolean {
  return isSkippedHere(element, options) || (element as HTMLElement).isContentEditable === true;
}

/** Moves the walker past the current node's subtree; the next node in document order after it, or null. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Yields the text blocks under `root` in document order, then those of open shadow roots found on the way.
 * A generator, so a caller can stop between blocks to yield to the page.
 * No NodeFilter: a filter is a call from the engine into JS for every node, which costs more than the walk itself.
 */
export function* iterateTextBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const start = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (start && hasSkippedAncestorOrSelf(start, options)) return;
  if (root.nodeType === 9 && (root as Document).designMode === 'on') return;
  const shadowRoots: ShadowRoot[] = [];
  const rootShadow = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (rootShadow) shadowRoots.push(rootShadow);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);

  let text = '';
  let nodes: TextSegment[] = [];
  /** The block gathered so far, if it holds any visible text; starts a new one. */
  const take = (): TextBlock | null => {
    const block = nodes.length && /\S/.test(text) ? { text, nodes } : null;
    text = '';
    nodes = [];
    return block;
  };

  let lastBlock: Element | null = null;
  let node: Node | null = root.nodeType === 3 ? root : walker.nextNode();
  while (node) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (node !== root && isSkippedHere(element, options)) {
        node = skipSubtree(walker);
        continue;
      }
      const shadow = element.shadowRoot;
      if (shadow) shadowRoots.push(shadow);
      if (!INLINE.has(element.localName)) {
        const block = take();
        if (block) yield block;
      }
    } else {
      const textNode = node as Text;
      const data = textNode.data;
      if (data) {
        const block = blockOf(textNode);
        if (block !== lastBlock) {
          const done = take();
          if (done) yield done;
          lastBlock = block;
        }
        nodes.push({ node: textNode, start: text.length });
        text += data;
      }
    }
    node = walker.nextNode();
  }
  const last = take();
  if (last) yield last;
  for (const shadow of shadowRoots) {
    options.onShadowRoot?.(shadow);
    yield* iterateTextBlocks(shadow, options);
  }
}

/** All blocks at once (the CLI and tests; the page uses iterateTextBlocks in slices). */
export function collectTextBlocks(root: Node, options: WalkOptions = {}): TextBlock[] {
  return Array.from(iterateTextBlocks(root, options));
}

/** True for elements that start a new block of text (anything not inline). */
export function isBlockElement(element: Element): boolean {
  return !INLINE.has(element.localName);
}

function blockOf(node: Text): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.localName)) element = element.parentElement;
  return element;
}

/** A root inside an editor, a script or our own host is not read (mutations there come back here). */
export function hasSkippedAncestorOrSelf(element: Element, options: WalkOptions = {}): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (isSkippedElement(e, options)) return true;
  }
  return false;
}
