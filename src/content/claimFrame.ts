// One copy of the content script per frame. The popup starts Layerlens in a tab where none answered (see
// tabs/startOnTab.ts), and one may have been loading all along: a second copy then leaves the frame to the first.
// Copies share the frame's isolated world, so a symbol on its global object is seen by both and by no page script.

const RUNNING = Symbol.for('layerlens.running');

type World = { [RUNNING]?: () => boolean };

/**
 * True when this copy may run here (and it is now the one that does); false while another copy runs. `alive` says
 * whether the claiming copy's extension context still stands: an orphaned copy (the extension was updated or
 * reloaded since) does not hold the frame.
 */
export function claimFrame(alive: () => boolean, world: object = globalThis): boolean {
  const w = world as World;
  const other = w[RUNNING];
  try {
    if (other && other()) return false;
  } catch {
    // The other copy's context is gone: take over.
  }
  w[RUNNING] = alive;
  return true;
}
