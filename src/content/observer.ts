// Follows a changing page: batches mutations, collapses them to the top-most changed roots, and hands those
// to a rescan. A flood of changes becomes one rescan of the whole page when the page is idle.
import { whenIdle } from './scheduler';
import { isBlockElement } from './walker';

/** More changed roots than this in one batch: rescan everything once, at idle, instead. */
const FLOOD = 400;

export interface ObserverOptions {
  /** Our own host: changes inside it are ours, not the page's. */
  ignore: () => Element | null;
  /** Nodes whose text may have changed, and whether anything was removed (marks on removed text must go). */
  onRoots: (roots: Node[], removed: boolean) => void;
  onFlood: () => void;
  /** Told at once of every batch of changes that counts (the roots come later, when the page is idle). */
  onChange?: () => void;
  signal: AbortSignal;
}

export function observePage(root: Node, options: ObserverOptions): MutationObserver {
  let pending = new Set<Node>();
  let removed = false;
  let flooded = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (flooded) {
      flooded = false;
      pending = new Set();
      removed = false;
      options.onFlood();
      return;
    }
    const roots = topMost([...pending]);
    const hadRemovals = removed;
    pending = new Set();
    removed = false;
    if (roots.length || hadRemovals) options.onRoots(roots, hadRemovals);
  };

  /**
   * What a record asks us to read again. Added nodes, not their parent: a feed that appends items to a long list
   * must cost the new items, not the whole list. Removing inline content rejoins the text around it, so the
   * parent is read again; removing whole blocks needs no reading, only dropping their marks.
   */
  const queue = (record: MutationRecord, target: Node) => {
    if (record.type !== 'childList') {
      // Text changed, or an element became editable or stopped being so (a CMS's "edit" button): read it again,
      // which drops the marks of what is now an editor and marks what is prose again.
      pending.add(target);
      return;
    }
    for (const node of record.addedNodes) pending.add(node);
    if (record.removedNodes.length) {
      removed = true;
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1 || !isBlockElement(node as Element)) {
          pending.add(target);
          break;
        }
      }
    }
    // Added inline content joins text with its neighbours ("<b>Arbitrum</b>" + " One"): the session widens every
    // root to its block, so the neighbours are read too.
  };

  const observer = new MutationObserver((records) => {
    if (flooded) return;
    const ours = options.ignore();
    for (const record of records) {
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (record.type === 'attributes' && !editabilityChanged(record)) continue;
      if (!target || (ours && (target === ours || ours.contains(target)))) continue;
      if (record.type === 'childList' && record.addedNodes.length === 0 && record.removedNodes.length === 0) continue;
      // Our host attached (first tooltip), put back or moved by the page: its parent is the page's, but nothing of
      // the page changed. Without this, the first tooltip rescanned the whole document (found by tests/e2e/hostile).
      if (record.type === 'childList' && ours && onlyOurs(record, ours)) continue;
      queue(record, target);
      if (pending.size > FLOOD) {
        flooded = true;
        pending = new Set();
        break;
      }
    }
    if (flooded || pending.size || removed) options.onChange?.();
    if (!scheduled && (flooded || pending.size || removed)) {
      scheduled = true;
      whenIdle(flush, options.signal, flooded ? 2000 : 300);
    }
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['contenteditable'],
    attributeOldValue: true,
  });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return observer;
}

/** Whether a contenteditable attribute's change made its element editable or not editable ("" and "true" alike). */
function editabilityChanged(record: MutationRecord): boolean {
  const editable = (value: string | null) => value !== null && value.toLowerCase() !== 'false';
  return editable(record.oldValue) !== editable((record.target as Element).getAttribute('contenteditable'));
}

function onlyOurs(record: MutationRecord, ours: Element): boolean {
  for (const node of record.addedNodes) if (node !== ours) return false;
  for (const node of record.removedNodes) if (node !== ours) return false;
  return true;
}

/** Keeps only nodes that no other node in the list contains (and that are still in the page). */
export function topMost(nodes: Node[]): Node[] {
  const connected = nodes.filter((n) => n.isConnected);
  const set = new Set(connected);
  return connected.filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
