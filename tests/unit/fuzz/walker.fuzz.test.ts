// Property-based fuzzing of the page reader over jsdom: random DOM trees (inline and block elements, skipped
// elements, editors, SVG, open shadow roots with slots, names split across elements, emoji, RTL, zero-width and
// combining characters) go through collectTextBlocks + piecesFor + findMentions, and scanRoot end to end.
// The walker must never throw, must equal a slow recursive reimplementation of its rules, and every mention must
// map back to valid offsets in the page's own text nodes whose text is exactly the mention's text.
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../src/content/mentions';
import { piecesFor } from '../../../src/content/pieces';
import { scanRoot } from '../../../src/content/scanner';
import { localBatchDetector } from '../content/localBatchDetector';
import { collectTextBlocks, type TextBlock, type WalkOptions } from '../../../src/content/walker';
import { defaultDetector, findMentions } from '../../../src/detect/index';
import type { DetectContext } from '../../../src/detect/types';

const CONTEXT: DetectContext = { sensitivity: 'balanced', cryptoPage: false };
const SVG_NS = 'http://www.w3.org/2000/svg';

// ---- The walker's rules, restated (the reference reads them from here, not from the walker) ----
const REF_SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title']);
const REF_CODE = new Set(['code', 'pre', 'kbd', 'samp']);
const REF_INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 'ruby', 'rb', 'rt', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr', 'big']);

function refSkipped(element: Element, options: WalkOptions): boolean {
  if (element === options.skip) return true;
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  const tag = element.localName;
  if (REF_SKIPPED.has(tag) || (!options.includeCode && REF_CODE.has(tag))) return true;
  // An editing host, or anything inside one that doesn't opt out (jsdom has no isContentEditable).
  const attr = element.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

const refInline = (element: Element) => REF_INLINE.has(element.localName);

/** Two items glued in the markup (no space between, letter to letter): read apart when they sit side by side. */
function refGlued(before: Node, after: Node, text: string, next: string): boolean {
  const last = text.slice(-1);
  const first = next.slice(0, 1);
  if (!/[\p{L}\p{N}]/u.test(last) || !/[\p{L}\p{N}]/u.test(first)) return false;
  if (before === after || before.contains(after) || after.contains(before)) return false;
  const linkOf = (node: Node) => {
    for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeType === 1 && (n as Element).localName === 'a') return n;
    return null;
  };
  return (
    (/[\p{Ll}\p{N}]/u.test(last) && /\p{Lu}/u.test(first)) ||
    (/\p{L}/u.test(last) && /\p{N}/u.test(first)) ||
    (/\p{Lu}/u.test(last) && /\p{Lu}/u.test(first) && /\p{Ll}/u.test(next.slice(1, 2))) ||
    linkOf(before) !== linkOf(after)
  );
}

/** Straightforward recursion: text nodes in document order, grouped by nearest non-inline ancestor. */
function referenceBlocks(root: Node, options: WalkOptions = {}): TextBlock[] {
  const start = root.nodeType === 1 ? (root as Element) : root.parentElement;
  for (let e = start; e; e = e.parentElement) if (refSkipped(e, options)) return [];
  const out: TextBlock[] = [];
  // The root's own shadow tree renders too: it is read after the root's light DOM, like any other shadow root.
  const shadows: ShadowRoot[] = root.nodeType === 1 && (root as Element).shadowRoot ? [(root as Element).shadowRoot!] : [];
  let text = '';
  let nodes: TextBlock['nodes'] = [];
  let last: Element | null = null;
  const flush = () => {
    if (nodes.length && /\S/.test(text)) out.push({ text, nodes });
    text = '';
    nodes = [];
  };
  const visit = (parent: Node, block: Element | null) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (refSkipped(element, options)) continue;
        if (element.shadowRoot) shadows.push(element.shadowRoot);
        if (!refInline(element)) flush();
        visit(element, refInline(element) ? block : element);
      } else if (child.nodeType === 3 && (child as Text).data) {
        if (block !== last) {
          flush();
          last = block;
        } else if (nodes.length && refGlued(nodes[nodes.length - 1]!.node.parentNode!, child.parentNode!, text, (child as Text).data)) {
          flush();
        }
        nodes.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      }
    }
  };
  let block: Element | null = root.nodeType === 1 ? (root as Element) : null;
  while (block && refInline(block)) block = block.parentElement;
  visit(root, block);
  flush();
  if (options.shadowRoots !== false) for (const shadow of shadows) out.push(...referenceBlocks(shadow, options));
  return out;
}

// ---- Random trees ----
type Spec =
  | { t: string }
  | { comment: string }
  | { tag: string; editable?: string; attr?: string; children: Spec[]; shadow?: Spec[] };

const words = fc.constantFrom(
  'Arbitrum', 'Arbitrum One', 'Ethereum', 'Solana', 'Starknet', 'zkSync Era', 'Lightning Network', 'Polygon zkEVM', 'Base', 'Base chain',
  'Arbi', 'trum', ' One', 'Ether', 'eum', 'Light', 'ning Network', 'the ', ' and ', ', ', '. ', ' ', '', '\n  ', 'x', 'database',
  '👍', '🚀🚀', 'שלום ', 'مرحبا ', '\u200B', '\u200D', '\u200E', '\u2067', 'e\u0301', '\u0301', '\u00AD', '\u00A0', '\uFEFF', '\uD83D',
  // What HTML escapes or could take for markup.
  '&', '&amp;', '<b>', '</p>', '>', '"', '<!--', '-->', '&nbsp;',
);
const textArb = fc.array(words, { maxLength: 6 }).map((parts) => parts.join(''));

const INLINE_TAGS = ['span', 'a', 'b', 'em', 'code', 'bdi', 'mark', 'label'];
const BLOCK_TAGS = ['div', 'p', 'li', 'section', 'h2', 'td', 'my-widget', 'br', 'img', 'xmp', 'x-y'];
const SKIP_TAGS = ['script', 'style', 'textarea', 'button', 'svg', 'noscript', 'pre', 'select', 'template', 'iframe'];
/** Attribute values with what markup is made of: never text to the walker. */
const ATTRS = ['a > b', 'say "hi"', 'x&y', '<p>', "it's", '-->'];

const { tree } = fc.letrec<{ tree: Spec; node: Spec }>((tie) => ({
  node: fc.oneof(
    { arbitrary: textArb.map((t) => ({ t })), weight: 4 },
    { arbitrary: tie('tree'), weight: 3 },
    { arbitrary: fc.constantFrom('note', 'a -- b', 'x --> y', '').map((comment) => ({ comment })), weight: 1 },
  ),
  tree: fc.record(
    {
      tag: fc.constantFrom(...INLINE_TAGS, ...INLINE_TAGS, ...BLOCK_TAGS, ...SKIP_TAGS),
      editable: fc.constantFrom('true', 'false', 'plaintext-only', ''),
      attr: fc.constantFrom(...ATTRS),
      children: fc.array(tie('node'), { maxLength: 4 }),
      shadow: fc.array(fc.oneof(tie('node'), fc.constant<Spec>({ tag: 'slot', children: [] })), { maxLength: 3 }),
    },
    { requiredKeys: ['tag', 'children'] },
  ),
}));

function build(doc: Document, parent: Node, spec: Spec): void {
  if ('t' in spec) {
    parent.appendChild(doc.createTextNode(spec.t));
    return;
  }
  if ('comment' in spec) {
    parent.appendChild(doc.createComment(spec.comment));
    return;
  }
  const element = spec.tag === 'svg' ? doc.createElementNS(SVG_NS, 'svg') : doc.createElement(spec.tag);
  if (spec.editable !== undefined) element.setAttribute('contenteditable', spec.editable);
  if (spec.attr !== undefined) element.setAttribute('title', spec.attr);
  if (spec.tag === 'br' || (spec.tag === 'img' && spec.children.length % 2 === 0)) {
    parent.appendChild(element);
    return;
  }
  if (spec.tag === 'svg') {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.textContent = 'Solana in SVG';
    element.appendChild(text);
    // HTML inside SVG again: still inside the skipped <svg>.
    const html = doc.createElementNS(SVG_NS, 'foreignObject');
    html.append(doc.createElement('br'), 'Base in HTML in SVG');
    element.appendChild(html);
  }
  for (const child of spec.children) build(doc, element, child);
  if (spec.shadow && ['div', 'span', 'section', 'my-widget', 'p'].includes(spec.tag)) {
    const shadow = element.attachShadow({ mode: 'open' });
    for (const child of spec.shadow) build(doc, shadow, child);
  }
  parent.appendChild(element);
}

const page = fc.record({
  body: fc.array(fc.oneof(tree, textArb.map((t): Spec => ({ t }))), { maxLength: 6 }),
  includeCode: fc.boolean(),
  // Off in engines where marks inside shadow trees could not be styled (Firefox before 153).
  shadowRoots: fc.boolean(),
});

// One window for the whole file (a new JSDOM per run costs more than the property); a fresh body per run.
// Its console stays quiet: random text in a <style> is not CSS, and jsdom says so on every run.
const WINDOW = new JSDOM('<!doctype html><html><head><title>t</title></head><body></body></html>', { virtualConsole: new VirtualConsole() }).window;

function makeDom(body: Spec[]): Document {
  const { document } = WINDOW;
  document.body.replaceWith(document.createElement('body'));
  for (const spec of body) build(document, document.body, spec);
  return document;
}

/** Every element and shadow root under `root`, shadow roots included (rescans start at any of them). */
function allRoots(root: Node): Node[] {
  const out: Node[] = [root];
  for (const child of Array.from(root.childNodes)) if (child.nodeType === 1) out.push(...allRoots(child));
  const shadow = (root as Element).shadowRoot;
  if (shadow) out.push(...allRoots(shadow));
  return out;
}

/** A TextBlock's segments as piecesFor takes them (BlockReader's arrays). */
const asNodes = (block: TextBlock) => ({ nodes: block.nodes.map((s) => s.node), starts: block.nodes.map((s) => s.start), count: block.nodes.length });

const simple = (blocks: TextBlock[]) => blocks.map((b) => ({ text: b.text, nodes: b.nodes.map((s) => [s.node, s.start] as const) }));

describe('walker fuzz (jsdom)', { timeout: 60_000 }, () => {
  it('equals the recursive reference from every root, and blocks are exactly their nodes joined', () => {
    fc.assert(
      fc.property(page, ({ body, includeCode, shadowRoots }) => {
        const document = makeDom(body);
        const options: WalkOptions = { includeCode, shadowRoots };
        for (const root of allRoots(document.body)) {
          const blocks = collectTextBlocks(root, options);
          expect(simple(blocks)).toEqual(simple(referenceBlocks(root, options)));
          for (const block of blocks) {
            expect(block.nodes.map((s) => s.node.data).join('')).toBe(block.text);
            let at = 0;
            for (const segment of block.nodes) {
              expect(segment.start).toBe(at);
              at += segment.node.data.length;
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reads inside editors, form fields, scripts, SVG or the skipped host', () => {
    fc.assert(
      fc.property(page, ({ body }) => {
        const document = makeDom(body);
        const skip = document.body.querySelector('my-widget');
        for (const block of collectTextBlocks(document.body, { skip })) {
          for (const { node } of block.nodes) {
            for (let e = node.parentElement; e; e = e.parentElement) {
              expect(e === skip || refSkipped(e, {})).toBe(false);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('maps every mention to valid pieces whose text is the mention', () => {
    fc.assert(
      fc.property(page, ({ body, includeCode }) => {
        const document = makeDom(body);
        for (const block of collectTextBlocks(document.body, { includeCode })) {
          for (const mention of findMentions(block.text, CONTEXT)) {
            const pieces = piecesFor(asNodes(block), mention.start, mention.end);
            expect(pieces.length).toBeGreaterThan(0);
            for (const piece of pieces) {
              expect(piece.start).toBeGreaterThanOrEqual(0);
              expect(piece.end).toBeGreaterThan(piece.start);
              expect(piece.end).toBeLessThanOrEqual(piece.node.data.length);
            }
            // In document order, each piece a different node.
            const order = pieces.map((p) => block.nodes.findIndex((s) => s.node === p.node));
            expect(order).toEqual([...order].sort((a, b) => a - b));
            expect(new Set(order).size).toBe(order.length);
            expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe(block.text.slice(mention.start, mention.end));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scanRoot records exactly what the detector finds in each block, over the page text', async () => {
    await fc.assert(
      fc.asyncProperty(page, async ({ body }) => {
        const document = makeDom(body);
        const index = new MentionIndex();
        await scanRoot(document.body, {
          detector: localBatchDetector(defaultDetector()),
          context: () => CONTEXT,
          walk: {},
          index,
          signal: new AbortController().signal,
        });
        const expected = referenceBlocks(document.body).flatMap((block) =>
          findMentions(block.text, CONTEXT).map((m) => `${m.chainId}:${block.text.slice(m.start, m.end)}`),
        );
        const got = index.all().map((m) => `${index.chainOf(m)}:${index.piecesOf(m).map((p) => p.node.data.slice(p.start, p.end)).join('')}`);
        expect(got).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
