import { EdgeList } from '../graph.ts';
import type { Random } from '../random.ts';
import type { Network } from './network.ts';

/**
 * A tree built breadth-first from the top: node 0 is the top, and every
 * manager's reports take the next free ids. So a manager always has a
 * smaller id than its reports.
 */
function treeFromSpans(n: number, kind: string, spanOf: (manager: number) => number): Network {
  const manager = new Int32Array(n).fill(-1);
  const level = new Int32Array(n);
  const edges = new EdgeList(n);
  let next = 1;
  for (let m = 0; m < n && next < n; m++) {
    const span = spanOf(m);
    for (let k = 0; k < span && next < n; k++, next++) {
      manager[next] = m;
      level[next] = level[m] + 1;
      edges.add(m, next);
    }
  }
  return { graph: edges.build(), kind, manager, level };
}

/** Every manager has `span` reports: the reports of i are span·i+1 … span·i+span. */
export function balancedHierarchy(n: number, span: number): Network {
  return treeFromSpans(n, 'balanced', () => span);
}

/** The span each manager gets in a `varied` hierarchy: uniform in this range. */
export function variedSpanRange(span: number): [number, number] {
  return [Math.max(1, span - 2), span + 2];
}

/** Spans drawn per manager, uniformly from `variedSpanRange(span)`; ids still breadth-first. */
export function variedHierarchy(n: number, span: number, random: Random): Network {
  const [lo, hi] = variedSpanRange(span);
  return treeFromSpans(n, 'varied', () => lo + random.int(hi - lo + 1));
}

/** Manager and level arrays from any tree given as manager ids (-1 for the top). */
export function levelsOf(manager: Int32Array): Int32Array {
  const n = manager.length;
  const level = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    // Walk up to a node whose level is known, then fill the path back down.
    const path: number[] = [];
    let u = i;
    while (u >= 0 && level[u] < 0) {
      path.push(u);
      u = manager[u];
    }
    let depth = u >= 0 ? level[u] : -1;
    for (let k = path.length - 1; k >= 0; k--) level[path[k]] = ++depth;
  }
  return level;
}
