// Which name the explain command opens, over jsdom: the selection first, then the focused element (a keyboard user on
// a linked name), then none (the caller steps through the marks in view).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { composedContains, focusedElement, hasChosenText, mentionToExplain } from '../../../src/content/explainTarget';
import { MentionIndex, type MentionId } from '../../../src/content/mentions';

/** Every name may be explained (none filtered out by settings). */
const anyName = () => true;

/** A page shaped like tests/fixtures/pages/basic.html, with its names held in an index the way a scan holds them. */
function page() {
  const { document } = new JSDOM(
    '<!doctype html><body>' +
      '<p id="p1">Most activity on Ethereum now happens on layer 2 networks. Arbitrum is the largest optimistic rollup.</p>' +
      '<p id="p2">Bitcoin takes a different route: the Lightning Network moves payments off-chain.</p>' +
      '<p id="p3">Traders bridge between <a id="link" href="#">Arbitrum</a> One, OP Mainnet and zkSync every day.</p>' +
      '<input id="field">' +
      '</body>',
    { url: 'https://example.org/' },
  ).window;
  const index = new MentionIndex();
  const byId = (id: string) => document.getElementById(id)!;
  const text = (id: string, n = 0) => byId(id).childNodes[n] as Text;
  const at = (node: Text, name: string) => node.data.indexOf(name);
  const hold = (chainId: string, node: Text, name: string): MentionId => {
    const m = index.createIn(chainId, node, at(node, name), at(node, name) + name.length, true);
    index.hold(m);
    return m;
  };
  const p1 = text('p1');
  const p2 = text('p2');
  const link = byId('link').firstChild as Text;
  const afterLink = text('p3', 2);
  const ethereum = hold('ethereum', p1, 'Ethereum');
  const arbitrum = hold('arbitrum', p1, 'Arbitrum');
  const bitcoin = hold('bitcoin', p2, 'Bitcoin');
  const lightning = hold('lightning', p2, 'Lightning Network');
  // "Arbitrum One" spans the link and the text after it.
  const arbitrumOne = index.create('arbitrum-one', [{ node: link, start: 0, end: 8 }, { node: afterLink, start: 0, end: 4 }], true);
  index.hold(arbitrumOne);
  const opMainnet = hold('op-mainnet', afterLink, 'OP Mainnet');

  function select(node: Text, start: number, end = start): void {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }
  const place = () => ({ selection: document.getSelection(), focused: focusedElement(document) });
  const names = { ethereum, arbitrum, bitcoin, lightning, arbitrumOne, opMainnet };
  return { document, index, byId, select, place, p1, p2, link, afterLink, at, ...names };
}

describe('mentionToExplain', () => {
  it('opens the linked name a keyboard user has focused, not the first name on the page', () => {
    const t = page();
    t.byId('link').focus();
    expect(t.document.activeElement?.id).toBe('link');
    // As in Chromium after Tab: no selection at all.
    t.document.getSelection()!.removeAllRanges();
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.arbitrumOne);
  });

  it('picks nothing with neither a selection nor focus on a name (the caller steps through the marks in view)', () => {
    const t = page();
    expect(focusedElement(t.document)).toBeNull();
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(0);
    // Focus on something holding no name (a text field) picks nothing either.
    t.byId('field').focus();
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(0);
  });

  it('prefers a selection on a name to the focused name', () => {
    const t = page();
    t.byId('link').focus();
    const at = t.at(t.p2, 'Lightning');
    t.select(t.p2, at, at + 5);
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.lightning);
  });

  it('falls to the focused name when the selection is on no name', () => {
    const t = page();
    t.byId('link').focus();
    t.select(t.p2, 0, 3 + t.at(t.p2, 'takes')); // "Bitcoin takes": starts on Bitcoin
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.bitcoin);
    t.select(t.p2, t.at(t.p2, 'takes'), t.at(t.p2, 'route'));
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.arbitrumOne);
  });

  it('opens the first name a selection covers when it starts on other words ("the Lightning Network moves")', () => {
    const t = page();
    const from = t.at(t.p2, 'route');
    t.select(t.p2, from, t.at(t.p2, 'moves'));
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.lightning);
    // Across elements: from the words before the link to past it.
    const range = t.document.createRange();
    range.setStart(t.byId('p3').firstChild!, 0);
    range.setEnd(t.afterLink, 8);
    t.document.getSelection()!.removeAllRanges();
    t.document.getSelection()!.addRange(range);
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.arbitrumOne);
    // Ending right before a name: not covered.
    t.select(t.p2, 0, t.at(t.p2, 'Bitcoin')); // empty
    t.select(t.p2, t.at(t.p2, 'takes'), t.at(t.p2, 'Lightning'));
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(0);
  });

  it('takes a caret left by an earlier click as stale once focus moved elsewhere, and as the place while it is where focus is', () => {
    const t = page();
    // A click on "Ethereum" leaves a caret there, and the page (its body) has focus: the caret is the place.
    t.select(t.p1, t.at(t.p1, 'Ethereum') + 2);
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.ethereum);
    // Then Tab moves focus to the link; Chromium leaves the caret where it was. The link is where the user is.
    t.byId('link').focus();
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.arbitrumOne);
    // A caret inside the focused element still counts, and names the mention it is on, not the element's first.
    t.byId('p1').tabIndex = -1;
    t.byId('p1').focus();
    t.select(t.p1, t.at(t.p1, 'Arbitrum') + 1);
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(t.arbitrum);
  });

  it('opens the first name inside a focused element in page order, whatever order they were found in', () => {
    const t = page();
    const p2 = t.byId('p2');
    // The paragraph read again (its text changed and was rescanned), its names found in the other order: "Bitcoin"
    // after "Lightning Network", but earlier in the page.
    t.index.removeUnder(p2);
    const at = (name: string) => t.p2.data.indexOf(name);
    const lightningAgain = t.index.createIn('lightning', t.p2, at('Lightning Network'), at('Lightning Network') + 17, true);
    t.index.hold(lightningAgain);
    const bitcoinAgain = t.index.createIn('bitcoin', t.p2, 0, 7, true);
    t.index.hold(bitcoinAgain);
    p2.tabIndex = 0;
    p2.focus();
    expect(mentionToExplain(t.index, anyName, t.place())).toBe(bitcoinAgain);
  });

  it('opens the name a focused element is part of', () => {
    const { document } = new JSDOM('<!doctype html><body><p>Bridge to Arbitrum <a href="#">One</a> today.</p></body>').window;
    const p = document.querySelector('p')!;
    const before = p.firstChild as Text;
    const inLink = document.querySelector('a')!.firstChild as Text;
    const index = new MentionIndex();
    const m = index.create('arbitrum-one', [{ node: before, start: 10, end: 19 }, { node: inLink, start: 0, end: 3 }], true);
    index.hold(m);
    document.querySelector('a')!.focus();
    expect(mentionToExplain(index, anyName, { selection: document.getSelection(), focused: focusedElement(document) })).toBe(m);
  });

  it('follows focus into open shadow roots', () => {
    const { document } = new JSDOM('<!doctype html><body><p>Ethereum</p><x-card></x-card></body>').window;
    const index = new MentionIndex();
    const ethereum = index.createIn('ethereum', document.querySelector('p')!.firstChild as Text, 0, 8, true);
    index.hold(ethereum);
    const host = document.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Settles on <a href="#">Starknet</a></span>';
    const starknet = index.createIn('starknet', shadow.querySelector('a')!.firstChild as Text, 0, 8, true);
    index.hold(starknet);
    shadow.querySelector('a')!.focus();
    expect(document.activeElement).toBe(host);
    const focused = focusedElement(document);
    expect(focused).toBe(shadow.querySelector('a'));
    expect(mentionToExplain(index, anyName, { selection: document.getSelection(), focused })).toBe(starknet);
    // A focused element outside the component holding it counts too (the name is inside it, through the root).
    expect(composedContains(document.body, shadow.querySelector('a')!.firstChild!)).toBe(true);
    expect(composedContains(document.querySelector('p')!, shadow.querySelector('a')!.firstChild!)).toBe(false);
    expect(mentionToExplain(index, anyName, { selection: null, focused: host })).toBe(starknet);
  });

  it('ignores names the caller may not explain (their chain filtered out by settings)', () => {
    const t = page();
    t.byId('link').focus();
    expect(mentionToExplain(t.index, (m) => m !== t.arbitrumOne, t.place())).toBe(0);
    // The focused element's next name that may be explained is taken instead.
    expect(mentionToExplain(t.index, (m) => m !== t.arbitrumOne, { selection: null, focused: t.byId('p3') })).toBe(t.opMainnet);
    const at = t.at(t.p2, 'Lightning');
    t.select(t.p2, at, at + 5);
    // A selection on a name that may not be explained is on no name: the focused one is opened.
    expect(mentionToExplain(t.index, (m) => m !== t.lightning, t.place())).toBe(t.arbitrumOne);
  });

  it('picks nothing for the name already open, so pressing again steps on', () => {
    const t = page();
    t.byId('link').focus();
    expect(mentionToExplain(t.index, anyName, t.place(), t.arbitrumOne)).toBe(0);
    // A selection on the open name does not fall back to the focused one either.
    const at = t.at(t.p2, 'Lightning');
    t.select(t.p2, at, at + 5);
    expect(mentionToExplain(t.index, anyName, t.place(), t.lightning)).toBe(0);
  });
});

describe('focusedElement', () => {
  it('is null while the page as a whole has focus, and the element otherwise', () => {
    const t = page();
    expect(focusedElement(t.document)).toBeNull();
    t.byId('field').focus();
    expect(focusedElement(t.document)).toBe(t.byId('field'));
    t.byId('field').blur();
    expect(focusedElement(t.document)).toBeNull();
  });
});

describe('hasChosenText', () => {
  it('is true for words selected on the page or in the focused field, false for a caret or nothing', () => {
    const t = page();
    expect(hasChosenText(t.place())).toBe(false);
    t.select(t.p2, t.at(t.p2, 'takes'), t.at(t.p2, 'route'));
    expect(hasChosenText(t.place())).toBe(true);
    t.select(t.p2, 3);
    expect(hasChosenText(t.place())).toBe(false);
    t.document.getSelection()!.removeAllRanges();
    const field = t.byId('field') as HTMLInputElement;
    field.value = 'Optimism is a word';
    field.focus();
    field.setSelectionRange(0, 0);
    expect(hasChosenText(t.place())).toBe(false);
    field.setSelectionRange(0, 8);
    expect(hasChosenText(t.place())).toBe(true);
  });
});
