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
  /** Read open shadow roots (the default); off where marks inside them could not be styled. */
  shadowRoots?: boolean;
  /** Told of every open shadow root read on the way (so the page scanner can watch it for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Told of every custom element met with no shadow root yet: a web component defined later attaches one, and no
   * change to the page says so (so the page scanner can look again).
   */
  onCustomElementWithoutShadow?: (element: Element) => void;
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

/** HTML names met on every page: for these the namespace test (a DOM call per element) is skipped. */
const COMMON_HTML = new Set([
  ...INLINE, 'div', 'p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'figure', 'figcaption', 'br', 'hr', 'img', 'picture', 'source', 'form', 'fieldset', 'legend',
  'details', 'summary', 'body', 'html', 'center', 'address', 'hgroup', 'search', 'dialog', 'menu',
]);

/**
 * The only HTML elements that can host a shadow root besides custom elements (attachShadow refuses the rest), so
 * `shadowRoot` is asked of these alone: on a table page that is a DOM call saved per cell.
 */
const SHADOW_CAPABLE = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main',
  'nav', 'p', 'section', 'span',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

// What a tag name says about its element, as bits: one Map lookup per element instead of a Set per question.
const SKIPPED = 1;
const CODE = 2;
const INLINE_FLOW = 4;
/** A common HTML name: no namespace test needed. */
const HTML_NAME = 8;
const SHADOW_HOST = 16;
/** A custom element's name ("my-widget"). */
const CUSTOM = 32;

const NAME_FLAGS = new Map<string, number>();
const flag = (names: Iterable<string>, bit: number) => {
  for (const name of names) NAME_FLAGS.set(name, (NAME_FLAGS.get(name) ?? 0) | bit);
};
flag(ALWAYS_SKIPPED, SKIPPED);
flag(CODE_ELEMENTS, CODE);
flag(INLINE, INLINE_FLOW);
flag(COMMON_HTML, HTML_NAME);
flag(SHADOW_CAPABLE, SHADOW_HOST);

function flagsOf(name: string): number {
  // Custom elements ("my-widget") can host shadow roots; any other unknown name gets the namespace test.
  return NAME_FLAGS.get(name) ?? (name.includes('-') ? SHADOW_HOST | CUSTOM : 0);
}

/**
 * Skipped by its own tag or attributes. Inside a walk this is enough: editability is inherited, so an editable
 * region starts at an element with a contenteditable attribute, and the walk never enters it. `editables` (the
 * walked root's elements with that attribute, found in one query) spares a getAttribute per element; null means ask.
 */
function isSkippedHere(
  element: Element,
  options: WalkOptions,
  flags = flagsOf(element.localName),
  editables: ReadonlySet<Element> | null = null,
): boolean {
  if (flags & SKIPPED || element === options.skip) return true;
  if (flags & CODE && !options.includeCode) return true;
  if (!(flags & HTML_NAME)) {
    const ns = element.namespaceURI;
    if (ns && ns !== HTML_NS) return true;
  }
  // Most pages have no editable element: then no lookup at all (hashing a DOM wrapper for a Set is not free).
  if (editables && (editables.size === 0 || !editables.has(element))) return false;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Elements under `root` that carry a contenteditable attribute (usually none): one native query per walk. */
function editablesUnder(root: Node): ReadonlySet<Element> | null {
  const query = (root as ParentNode).querySelectorAll;
  if (typeof query !== 'function') return null;
  return new Set((root as ParentNode).querySelectorAll('[contenteditable]'));
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

/** What the page's own `\s` calls space (the same set as the regex /\S/ tests against). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** /\S/.test(text) without the regex: blocks nearly always start with a visible character. */
function hasVisibleText(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isSpaceCode(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Reads the text blocks under a root in document order, then those of the open shadow roots found on the way (each
 * right after the tree it was found in, depth first). One block at a time: `next()` fills `text`, `nodes` and
 * `starts` and returns true, or false at the end. The arrays are reused from block to block, so a block is good until
 * the next call: the page scanner makes 60,000 blocks on a big table page, and an object or two per block (and per
 * text node) was collector work on a page whose own DOM the collector must mark too.
 * No NodeFilter: a filter is a call from the engine into JS for every node, which costs more than the walk itself.
 * Not a generator: the walk's loop runs long, and plain methods reach optimized code sooner.
 */
export class BlockReader {
  /** The block's text: its text nodes' data joined. */
  text = '';
  /** The block's text nodes (the first `count`), in order, and where each starts in `text`. */
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  count = 0;

  /**
   * The page removed the part being read while it had its turn (see pause): the walk stopped there, and the rest of
   * the root was not read.
   */
  lostPlace = false;

  private walker: TreeWalker | null = null;
  private root: Node | null = null;
  private node: Node | null = null;
  private paused = false;
  private editables: ReadonlySet<Element> | null = null;
  /** Open shadow roots still to read, next first; those found in the tree being read, until it is done. */
  private pending: ShadowRoot[] = [];
  private found: ShadowRoot[] = [];
  /** A text node that showed the gathered block had ended: it starts the next one. */
  private carried: Text | null = null;
  // The block of the text gathered so far is worked out only when it matters: when another text node joins a
  // non-empty block. Most text nodes follow the start of a block element, which already ended the block.
  private lastText: Text | null = null;
  /** undefined: not worked out yet. */
  private lastParent: Node | null | undefined;
  private lastBlock: Element | null | undefined;

  constructor(root: Node, private readonly options: WalkOptions = {}) {
    const start = root.nodeType === 1 ? (root as Element) : root.parentElement;
    if (start && hasSkippedAncestorOrSelf(start, options)) return;
    if (root.nodeType === 9 && (root as Document).designMode === 'on') return;
    this.begin(root);
  }

  private begin(root: Node): void {
    const rootShadow = root.nodeType === 1 ? (root as Element).shadowRoot : null;
    if (rootShadow) this.found.push(rootShadow);
    const doc = root.ownerDocument ?? (root as Document);
    this.root = root;
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    this.editables = editablesUnder(root);
    this.node = root.nodeType === 3 ? root : this.walker.nextNode();
  }

  /**
   * The page runs before the next call. It may remove the node the walk stands on (a re-render replacing the
   * section being read): walking on from a removed node reads only the rest of the removed part, then ends as if the
   * root were done. So the next call checks first, once per pause rather than once per block.
   */
  pause(): void {
    this.paused = true;
  }

  /** Reads the next block; false when every block has been read, or when the walk lost its place (lostPlace). */
  next(): boolean {
    if (this.paused) {
      this.paused = false;
      if (!this.resume()) return this.stop();
    }
    this.text = '';
    this.count = 0;
    this.lastParent = undefined;
    this.lastBlock = undefined;
    const carried = this.carried;
    if (carried) {
      this.carried = null;
      this.add(carried, carried.data);
    }
    for (;;) {
      if (this.walker && this.readTree()) return true;
      // This tree is read: its shadow roots come next, before those still pending from outer trees.
      if (this.found.length) {
        this.pending = this.found.concat(this.pending);
        this.found = [];
      }
      this.walker = null;
      if (this.options.shadowRoots === false) return false;
      const shadow = this.pending.shift();
      if (!shadow) return false;
      this.options.onShadowRoot?.(shadow);
      this.begin(shadow);
    }
  }

  /**
   * After the page had its turn: drops read-ahead text the page removed, and if it removed the node the walk stood on
   * (the next paragraph's text replaced, a ticking clock), reads on from the last text handed out. False only when
   * that is gone too (the whole part being read was replaced): the walk has lost its place.
   */
  private resume(): boolean {
    const root = this.root;
    if (!root || !this.walker) return true;
    if (this.carried && !root.contains(this.carried)) this.carried = null;
    if (!this.node || root.contains(this.node)) return true;
    const from = this.carried ?? this.lastText;
    if (!from || !root.contains(from)) return false;
    this.walker.currentNode = from;
    this.node = this.walker.nextNode();
    return true;
  }

  private stop(): boolean {
    this.lostPlace = true;
    this.walker = null;
    this.node = null;
    this.carried = null;
    this.pending = [];
    this.found = [];
    this.text = '';
    this.count = 0;
    return false;
  }

  /** Walks on until a block with visible text is complete; false when the tree is done (its last block included). */
  private readTree(): boolean {
    const walker = this.walker!;
    const { options, root, editables } = this;
    let node = this.node;
    while (node) {
      // Elements have a localName and text nodes do not: one DOM call tells them apart and names the element.
      const name = (node as Partial<Element>).localName;
      if (name !== undefined) {
        const element = node as Element;
        const flags = flagsOf(name);
        if (node !== root && isSkippedHere(element, options, flags, editables)) {
          node = skipSubtree(walker);
          continue;
        }
        if (flags & SHADOW_HOST) {
          const shadow = element.shadowRoot;
          if (shadow) this.found.push(shadow);
          else if (flags & CUSTOM) options.onCustomElementWithoutShadow?.(element);
        }
        node = walker.nextNode();
        if (!(flags & INLINE_FLOW) && this.ended()) {
          this.node = node;
          return true;
        }
        continue;
      }
      const textNode = node as Text;
      const data = textNode.data;
      node = walker.nextNode();
      if (!data) continue;
      if (this.count && this.joinsAnother(textNode, data) && this.ended()) {
        this.node = node;
        this.carried = textNode;
        return true;
      }
      this.add(textNode, data);
    }
    this.node = null;
    return this.ended();
  }

  private add(textNode: Text, data: string): void {
    if (!this.count) {
      this.lastParent = undefined;
      this.lastBlock = undefined;
    }
    this.lastText = textNode;
    this.nodes[this.count] = textNode;
    this.starts[this.count] = this.text.length;
    this.count++;
    this.text += data;
  }

  /**
   * Whether a text node after a non-empty block starts a block of its own: its nearest block element differs, or it
   * is the next of two items glued together in the markup (see gluedItems).
   */
  private joinsAnother(textNode: Text, data: string): boolean {
    if (this.lastParent === undefined) this.lastParent = this.lastText!.parentNode;
    const parent = textNode.parentNode;
    const lastParent = this.lastParent;
    if (parent === lastParent) return false;
    if (this.lastBlock === undefined) this.lastBlock = blockOfParent(lastParent);
    const block = blockOfParent(parent);
    const differs = block !== this.lastBlock;
    this.lastBlock = block;
    this.lastParent = parent;
    return differs || gluedItems(lastParent, parent, this.text, data);
  }

  /**
   * The gathered block ends here. True when it holds visible text (it is the block to hand out); otherwise it is
   * dropped and reading goes on.
   */
  private ended(): boolean {
    if (this.count && hasVisibleText(this.text)) return true;
    this.text = '';
    this.count = 0;
    return false;
  }
}

/** Yields the text blocks under `root` like BlockReader, each as an object of its own (the CLI and tests). */
export function* iterateTextBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock> {
  const reader = new BlockReader(root, options);
  while (reader.next()) {
    const nodes: TextSegment[] = [];
    for (let k = 0; k < reader.count; k++) nodes.push({ node: reader.nodes[k]!, start: reader.starts[k]! });
    yield { text: reader.text, nodes };
  }
}

/** All blocks at once (the CLI and tests; the page uses BlockReader in slices). */
export function collectTextBlocks(root: Node, options: WalkOptions = {}): TextBlock[] {
  return Array.from(iterateTextBlocks(root, options));
}

/** True for elements that start a new block of text (anything not inline). */
export function isBlockElement(element: Element): boolean {
  return !INLINE.has(element.localName);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const LOWERCASE_OR_DIGIT = /[\p{Ll}\p{N}]/u;

/**
 * Two items side by side with nothing between them in the markup: links in a nav ("<a>Bridge to Arbitrum</a><a>Optimism
 * docs</a>"), tags ("<span>Starknet</span><span>Linea</span>"). JSX drops the whitespace between elements, and CSS
 * (flex, inline-block) shows them apart, which a walk without layout cannot see; read as one run, names would be glued
 * into other words ("ArbitrumOptimism", "Polygon zkEVMOptimism" read as Polygon). So a text node glued to the text
 * before it, letter to letter, starts a block of its own when the two sit in different elements, neither inside the
 * other, and a link's edge lies between them, or the case turns there (lowercase or digit, then a capital), or a
 * letter meets a digit ("Base" + "8453": a network list's name and chain id; "Arbitrum" + "1.2 ETH", a balance), or
 * capitals meet a capitalised word ("EVM" + "Rollup", "ZK" + "Scroll"). A word styled in part ("<mark>Arb</mark>itrum"
 * in search results, "zk<b>Sync</b>") has one parent inside the other and stays whole. Only glued boundaries get this
 * far, so the DOM calls below are rare.
 */
function gluedItems(before: Node | null, after: Node | null, text: string, next: string): boolean {
  // Nearly every boundary has a space or punctuation on one side: no regex for those.
  if (next.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) return false;
  const last = text.charAt(text.length - 1);
  const first = next.charAt(0);
  if (!LETTER_OR_DIGIT.test(last) || !LETTER_OR_DIGIT.test(first)) return false;
  if (!before || !after || before.contains(after) || after.contains(before)) return false;
  if (LOWERCASE_OR_DIGIT.test(last) && UPPERCASE.test(first)) return true;
  if (LETTER.test(last) && DIGIT.test(first)) return true;
  if (UPPERCASE.test(last) && UPPERCASE.test(first) && LOWERCASE.test(next.charAt(1))) return true;
  return linkOf(before) !== linkOf(after);
}

/** The link a node sits in, if any (a shadow root's top has none). */
function linkOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element).closest('a') : null;
}

/** The nearest non-inline element at or above a text node's parent (null above a shadow root's top). */
function blockOfParent(parent: Node | null): Element | null {
  let element = parent && parent.nodeType === 1 ? (parent as Element) : null;
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
