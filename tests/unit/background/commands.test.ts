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
  };
}

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
