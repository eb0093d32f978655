import { describe, expect, it, vi } from 'vitest';
import { MENU_ID, menuTarget, runCommand, type CommandDeps } from '../../../src/background/commands';

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
  const url = (hash: string) => `chrome-extension://id/popup/index.html${hash}`;

  it('opens the named chain beside the current tab, or a search', () => {
    expect(menuTarget({ menuItemId: MENU_ID, selectionText: 'Arbitrum Nova' }, 4, url)).toEqual({
      url: 'chrome-extension://id/popup/index.html#chain=arbitrum-nova',
      index: 5,
    });
    expect(menuTarget({ menuItemId: MENU_ID, selectionText: 'sequencer' }, undefined, url)).toEqual({
      url: 'chrome-extension://id/popup/index.html#search=sequencer',
    });
  });

  it('does nothing for other items or an empty selection', () => {
    expect(menuTarget({ menuItemId: 'other', selectionText: 'Base' }, 1, url)).toBeNull();
    expect(menuTarget({ menuItemId: MENU_ID, selectionText: '   ' }, 1, url)).toBeNull();
    expect(menuTarget({ menuItemId: MENU_ID }, 1, url)).toBeNull();
  });
});
