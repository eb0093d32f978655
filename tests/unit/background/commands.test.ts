import { describe, expect, it, vi } from 'vitest';
import { MENU_ID, menuTarget, popupTabFor, runCommand, type CommandDeps } from '../../../src/background/commands';

function deps(enabled: boolean): CommandDeps & { state: { enabled: boolean } } {
  const state = { enabled };
  return {
    state,
    isEnabled: vi.fn(async () => state.enabled),
    setEnabled: vi.fn(async (value: boolean) => {
      state.enabled = value;
    }),
    explainInTab: vi.fn(async () => ({ opened: true })),
    runsInTab: vi.fn(async () => false),
    startInTab: vi.fn(async () => false),
    wait: vi.fn(async () => undefined),
  };
}

const noReceiver = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('keyboard commands', () => {
  it('toggle-layerlens pauses and resumes', async () => {
    const d = deps(true);
    await runCommand('toggle-layerlens', 3, d);
    expect(d.state.enabled).toBe(false);
    await runCommand('toggle-layerlens', 3, d);
    expect(d.state.enabled).toBe(true);
  });

  it('explain-selection asks the tab, and a tab without our script is not an error', async () => {
    const d = deps(true);
    await runCommand('explain-selection', 7, d);
    expect(d.explainInTab).toHaveBeenCalledWith(7);
    d.explainInTab = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(runCommand('explain-selection', 7, d)).resolves.toBeUndefined();
    await runCommand('explain-selection', undefined, d);
    expect(d.explainInTab).toHaveBeenCalledTimes(1);
  });

  it('explain-selection starts Layerlens in a tab opened before the install, then asks it again', async () => {
    const d = deps(true);
    let started = false;
    let asked = 0;
    d.explainInTab = vi.fn(async () => {
      asked++;
      // The started copy answers once it has loaded (here: on the third ask after the start).
      if (!started || asked < 4) return noReceiver();
      return { opened: true };
    });
    d.startInTab = vi.fn(async () => {
      started = true;
      return true;
    });
    await runCommand('explain-selection', 7, d);
    expect(d.startInTab).toHaveBeenCalledWith(7);
    expect(d.explainInTab).toHaveBeenCalledTimes(4);
    expect(d.wait).toHaveBeenCalledTimes(3);
  });

  it('explain-selection starts nothing where a content script runs but keeps quiet (focus in a foreign frame)', async () => {
    const d = deps(true);
    d.explainInTab = vi.fn(async () => {
      throw new Error('no reply to explainAtSelection');
    });
    d.runsInTab = vi.fn(async () => true);
    await runCommand('explain-selection', 7, d);
    expect(d.runsInTab).toHaveBeenCalledWith(7);
    expect(d.startInTab).not.toHaveBeenCalled();
    expect(d.wait).not.toHaveBeenCalled();
  });

  it('explain-selection gives up quietly where Layerlens cannot start, or never answers', async () => {
    const d = deps(true);
    d.explainInTab = vi.fn(noReceiver);
    await expect(runCommand('explain-selection', 7, d)).resolves.toBeUndefined();
    expect(d.explainInTab).toHaveBeenCalledTimes(1);
    expect(d.wait).not.toHaveBeenCalled();

    d.startInTab = vi.fn(async () => {
      throw new Error('Cannot access contents of the page.');
    });
    await expect(runCommand('explain-selection', 7, d)).resolves.toBeUndefined();

    d.startInTab = vi.fn(async () => true);
    await expect(runCommand('explain-selection', 7, d)).resolves.toBeUndefined();
    // A bounded number of asks, a few seconds in all.
    expect(vi.mocked(d.wait).mock.calls.length).toBeGreaterThan(5);
    expect(vi.mocked(d.wait).mock.calls.length).toBeLessThanOrEqual(30);
  });

  it('ignores unknown commands', async () => {
    const d = deps(true);
    await runCommand('rm -rf', 1, d);
    expect(d.setEnabled).not.toHaveBeenCalled();
    expect(d.explainInTab).not.toHaveBeenCalled();
  });
});

describe('"Explain with Layerlens" menu item', () => {
  const getURL = (path: string) => `chrome-extension://id/${path}`;

  it('opens the named chain beside the current tab, for that tab, or a search', () => {
    expect(menuTarget({ menuItemId: MENU_ID, selectionText: 'Arbitrum Nova' }, { id: 12, index: 4 }, getURL)).toEqual({
      url: 'chrome-extension://id/popup/index.html?tab=12#chain=arbitrum-nova',
      index: 5,
    });
    expect(menuTarget({ menuItemId: MENU_ID, selectionText: 'sequencer' }, undefined, getURL)).toEqual({
      url: 'chrome-extension://id/popup/index.html#search=sequencer',
    });
  });

  it('does nothing for other items or an empty selection', () => {
    expect(menuTarget({ menuItemId: 'other', selectionText: 'Base' }, { id: 1, index: 1 }, getURL)).toBeNull();
    expect(menuTarget({ menuItemId: MENU_ID, selectionText: '   ' }, { id: 1, index: 1 }, getURL)).toBeNull();
    expect(menuTarget({ menuItemId: MENU_ID }, { id: 1, index: 1 }, getURL)).toBeNull();
  });
});

describe('"Full entry" from the tooltip', () => {
  const getURL = (path: string) => `chrome-extension://id/${path}`;

  it("opens beside the page's tab and tells the popup page which tab that is (?tab=), so \"On this page\" reads it", () => {
    expect(popupTabFor('#chain=arbitrum-one', { id: 42, index: 3 }, getURL)).toEqual({
      url: 'chrome-extension://id/popup/index.html?tab=42#chain=arbitrum-one',
      index: 4,
    });
  });

  it('leaves ?tab= out when there is no tab to tie to', () => {
    expect(popupTabFor('#chain=ethereum', undefined, getURL)).toEqual({ url: 'chrome-extension://id/popup/index.html#chain=ethereum' });
    expect(popupTabFor('#chain=ethereum', { id: -1 }, getURL)).toEqual({ url: 'chrome-extension://id/popup/index.html#chain=ethereum' });
  });
});
