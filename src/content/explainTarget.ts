// Which name the explain command (Alt+Shift+K) is about: what the user selected, else what they have focused.
// Pure over the DOM it is given, so Node tests can drive it with jsdom.
import type { MentionId, MentionIndex } from './mentions';

/** How deep focus is followed into nested open shadow roots, at most. */
const MAX_SHADOW_DEPTH = 8;
const DOCUMENT_FRAGMENT_NODE = 11;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

export interface ExplainPlace {
  /** The page's selection (document.getSelection()), or null. */
  selection: Selection | null;
  /** The element with keyboard focus (focusedElement), or null when the page as a whole has it. */
  focused: Element | null;
}

/**
 * The element with keyboard focus, followed into open shadow roots (a closed one keeps its host, which holds none of
 * our marks), or null when no element in particular has it (the body, the document element).
 */
export function focusedElement(doc: Document): Element | null {
  let at = doc.activeElement;
  for (let depth = 0; depth < MAX_SHADOW_DEPTH; depth++) {
    const inner = at?.shadowRoot?.activeElement;
    if (!inner) break;
    at = inner;
  }
  if (!at || at === doc.body || at === doc.documentElement) return null;
  return at;
}

/** Whether `node` is `ancestor` or under it, through the open shadow roots between them. */
export function composedContains(ancestor: Node, node: Node): boolean {
  let at: Node = node;
  for (let depth = 0; depth <= MAX_SHADOW_DEPTH; depth++) {
    if (ancestor.contains(at)) return true;
    const root = at.getRootNode();
    if (root.nodeType !== DOCUMENT_FRAGMENT_NODE || !(root as ShadowRoot).host) return false;
    at = (root as ShadowRoot).host;
  }
  return false;
}

/** Text nodes of a selection looked through for a name, at most (a whole page selected is not read whole). */
const MAX_SELECTED_TEXTS = 200;

/**
 * The explainable mention at the selection: the one at its start (or caret), else the first one it covers ("the
 * Arbitrum One rollup" selected whole), or 0. A collapsed caret counts only where focus is.
 */
function atSelection(index: MentionIndex, explainable: (m: MentionId) => boolean, place: ExplainPlace): MentionId {
  const { selection, focused } = place;
  if (!selection || !selection.rangeCount) return 0;
  const range = selection.getRangeAt(0);
  // Chromium leaves the caret of an earlier click where it was when Tab moves focus on: a caret outside the focused
  // element is not where the user is. A selection that covers text is their choice, wherever focus went.
  if (range.collapsed && focused && !composedContains(focused, range.startContainer)) return 0;
  const mention = index.at(range.startContainer, range.startOffset);
  if (mention && explainable(mention)) return mention;
  if (range.collapsed) return 0;
  return coveredBy(index, explainable, range);
}

/** The first explainable mention with a piece inside `range`, in the range's first text nodes; 0 if none. */
function coveredBy(index: MentionIndex, explainable: (m: MentionId) => boolean, range: Range): MentionId {
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  let n: Node | null = root.nodeType === 3 ? root : walker.nextNode();
  for (let left = MAX_SELECTED_TEXTS; n && left > 0; n = n === root ? null : walker.nextNode(), left--) {
    if (!range.intersectsNode(n)) continue;
    const text = n as Text;
    for (const m of index.inNode(text)) {
      if (!explainable(m)) continue;
      for (const piece of index.piecesOf(m)) {
        if (piece.node !== text) continue;
        // The piece [start, end) and the selection share a character.
        const from = text === range.startContainer ? range.startOffset : 0;
        const to = text === range.endContainer ? range.endOffset : text.length;
        if (piece.start < to && piece.end > from) return m;
      }
    }
  }
  return 0;
}

/**
 * Whether the user has chosen some text: a selection on the page, or in the focused field. Then the explain command
 * is about that text, and explains it or nothing: stepping to some other name in view instead gave a confident answer
 * about the wrong chain ("topic" selected, the Arbitrum One card opened).
 */
export function hasChosenText(place: ExplainPlace): boolean {
  const { selection, focused } = place;
  if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return true;
  const field = focused as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field || (field.localName !== 'textarea' && field.localName !== 'input')) return false;
  try {
    return field.selectionStart !== null && field.selectionStart !== field.selectionEnd;
  } catch {
    // An input type without text selection (checkbox, number in some engines).
    return false;
  }
}

/** Text nodes read under a focused element at most: a focused page region ("main", tabindex -1) is not read whole. */
const MAX_FOCUS_TEXTS = 2_000;

/**
 * The first explainable mention (in page order) with text inside the focused element, open shadow roots included, or
 * 0. Asked of the focused element's own text nodes, not of every mention: a page may hold 50,000 and this runs on a key.
 */
function atFocus(index: MentionIndex, explainable: (m: MentionId) => boolean, focused: Element | null): MentionId {
  if (!focused) return 0;
  let first: MentionId = 0;
  let left = MAX_FOCUS_TEXTS;
  const read = (root: Node): void => {
    const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
    if (own) read(own);
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    for (let n = walker.nextNode(); n && left > 0; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        const shadow = (n as Element).shadowRoot;
        if (shadow) read(shadow);
        continue;
      }
      left--;
      // A name partly inside counts: a link on "Arbitrum" of "Arbitrum One", or on "One" of it.
      for (const m of index.inNode(n as Text)) {
        if (explainable(m) && (!first || index.comesBefore(m, first))) first = m;
      }
    }
  };
  read(focused);
  return first;
}

/**
 * The mention the explain command opens, or 0 when neither the selection nor the focus is on a name (the caller
 * then steps through the marks in view, unless the user chose other text: see hasChosenText). In order: the name at
 * the start of the selection, or the first it covers; the first name inside the focused element, or the one it is
 * part of (a keyboard user Tabs to a linked name).
 *
 * `explainable`: whether one may be opened (its chain is not filtered out by the
 * settings; it need not be drawn, as with every mention after a chain's first). `skip`: the mention already open:
 * picked again, 0 is returned instead (pressing the key again on it steps on to the next mark).
 */
export function mentionToExplain(
  index: MentionIndex,
  explainable: (m: MentionId) => boolean,
  place: ExplainPlace,
  skip: MentionId = 0,
): MentionId {
  const selected = atSelection(index, explainable, place);
  if (selected) return selected === skip ? 0 : selected;
  const focused = atFocus(index, explainable, place.focused);
  return focused === skip ? 0 : focused;
}
