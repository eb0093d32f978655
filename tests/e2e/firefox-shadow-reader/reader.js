// Test-only add-on, installed beside Layerlens by the Firefox harness and never shipped. Firefox gives content scripts
// Element.openOrClosedShadowRoot, which reaches a closed shadow root; the harness asks from the page's main world
// with a CustomEvent (the question and the answer are JSON strings, which cross between the two worlds as they are).
// MV2, so its host access needs no grant. It only reads: text and boxes, never a change to the page.
/* global document, NodeFilter, CustomEvent */
'use strict';

document.addEventListener('layerlens-test:shadow', (event) => {
  const { tag, selector } = JSON.parse(event.detail);
  const answer = { found: false, text: '', box: null };
  for (const host of document.querySelectorAll(tag)) {
    const root = host.openOrClosedShadowRoot;
    if (!root) continue;
    answer.found = true;
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('style') && node.data) texts.push(node.data);
    }
    answer.text = `${answer.text} ${texts.join(' ')}`;
    const element = selector && !answer.box ? root.querySelector(selector) : null;
    if (element) {
      const r = element.getBoundingClientRect();
      answer.box = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
  }
  answer.text = answer.text.replace(/\s+/g, ' ').trim();
  document.dispatchEvent(new CustomEvent('layerlens-test:shadow-answer', { detail: JSON.stringify(answer) }));
});
