// @vitest-environment jsdom
// Our one element in a page is made on first use: most frames never show a tooltip, and creating the element, its
// closed shadow root and its sheet cost every frame at start-up.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, createHost } from '../../../src/content/host';

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll('*').forEach((e) => e.localName.startsWith(HOST_TAG) && e.remove());
});

describe('createHost', () => {
  it('makes no element until one is asked for', () => {
    const create = vi.spyOn(document, 'createElement');
    const host = createHost('.card { color: red }');
    expect(create).not.toHaveBeenCalled();
    expect(host.made).toBeNull();
    host.destroy();
    expect(create).not.toHaveBeenCalled();
  });

  it('makes the element and its root once, on first use, and attaches it only when asked', () => {
    const host = createHost('.card { color: red }');
    const root = host.root;
    const element = host.made;
    expect(element).not.toBeNull();
    expect(element!.localName).toBe(HOST_TAG);
    expect(host.element).toBe(element);
    expect(host.root).toBe(root);
    // A closed root: the page cannot reach it through the element.
    expect(element!.shadowRoot).toBeNull();
    expect(root.textContent).toContain('color: red');
    expect(element!.isConnected).toBe(false);
    host.ensureAttached();
    expect(element!.isConnected).toBe(true);
    host.destroy();
    expect(element!.isConnected).toBe(false);
  });

  it('is attached by ensureAttached alone, with nothing asked before', () => {
    const host = createHost('');
    host.ensureAttached();
    expect(host.made?.isConnected).toBe(true);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    host.ensureAttached();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('takes a name the page cannot have guessed when the page defined ours after we started', () => {
    const host = createHost('');
    // Defined after createHost: made late, the host still sees it.
    customElements.define(HOST_TAG, class extends HTMLElement {});
    const name = host.element.localName;
    expect(name).not.toBe(HOST_TAG);
    expect(name).toMatch(new RegExp(`^${HOST_TAG}-[0-9a-f]{12}$`));
  });
});
