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

/** Never read: not text a person reads as prose, or text we must not touch (editors, form fields). */
const ALWAYS_SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);
const CODE_ELEMENTS = new Set(['CODE', 'PRE', 'KBD', 'SAMP']);

/** Elements that flow inside a line; anything else starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL',
  'MARK', 'Q', 'RUBY', 'RB', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR',
  'WBR', 'NOBR', 'BIG',
]);

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** True for elements whose subtree is never read. */
export function isSkippedElement(element: Element, options: WalkOptions = {}): boolean {
  if (element === options.skip) return true;
  const tag = element.tagName.toUpperCase();
  if (ALWAYS_SKIPPED.has(tag)) return true;
  if (!options.includeCode && CODE_ELEMENTS.has(tag)) return true;
  if (element.namespaceURI && element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  return isEditable(element);
}

/** contenteditable regions (rich-text editors) are the user's input: never marked. */
function isEditable(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.isContentEditable === true) return true;
  const attr = element.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/**
 * Yields the text blocks under `root` in document order, then those of open shadow roots found on the way.
 * A generator, so a caller can stop between blocks to yield to the page.
 */
export function* iterateTextBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const start = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (start && hasSkippedAncestorOrSelf(start, options)) return;
  const shadowRoots: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) {
        const element = node as Element;
        if (isSkippedElement(element, options)) return FILTER_REJECT;
        const shadow = element.shadowRoot;
        if (shadow) shadowRoots.push(shadow);
      }
      return FILTER_ACCEPT;
    },
  });

  let text = '';
  let nodes: TextSegment[] = [];
  const flush = function* (): Generator<TextBlock> {
    if (nodes.length && /\S/.test(text)) yield { text, nodes };
    text = '';
    nodes = [];
  };

  let lastBlock: Element | null = null;
  for (let node = walker.currentNode === root && root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (!INLINE.has((node as Element).tagName.toUpperCase())) yield* flush();
      continue;
    }
    const textNode = node as Text;
    const data = textNode.data;
    if (!data) continue;
    const block = blockOf(textNode);
    if (block !== lastBlock) {
      yield* flush();
      lastBlock = block;
    }
    nodes.push({ node: textNode, start: text.length });
    text += data;
  }
  yield* flush();
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
  return !INLINE.has(element.tagName.toUpperCase());
}

function blockOf(node: Text): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/** A root inside an editor, a script or our own host is not read (mutations there come back here). */
export function hasSkippedAncestorOrSelf(element: Element, options: WalkOptions = {}): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (isSkippedElement(e, options)) return true;
  }
  return false;
}
