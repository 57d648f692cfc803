/**
 * An undirected graph as rows of neighbours: the neighbours of node i are
 * `neighbors[offsets[i] .. ends[i])`, sorted by ascending id. A graph built
 * once is compressed sparse row (CSR) form, where `ends[i]` is `offsets[i+1]`;
 * a graph whose ties change (`TieGraph`) leaves room between rows.
 */
export interface Graph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly ends: Int32Array;
  readonly neighbors: Int32Array;
}

/** A CSR graph from its offsets (n + 1 of them) and neighbours. */
export function csrGraph(n: number, offsets: Int32Array, neighbors: Int32Array): Graph {
  return { n, offsets, ends: offsets.subarray(1), neighbors };
}

export function degree(graph: Graph, node: number): number {
  return graph.ends[node] - graph.offsets[node];
}

export function edgeCount(graph: Graph): number {
  let ends = 0;
  for (let u = 0; u < graph.n; u++) ends += graph.ends[u] - graph.offsets[u];
  return ends / 2;
}

/** Collects undirected edges; self-ties and repeats are dropped when built. */
export class EdgeList {
  private a: number[] = [];
  private b: number[] = [];
  constructor(readonly n: number) {}

  add(u: number, v: number): void {
    if (u === v) return;
    this.a.push(u);
    this.b.push(v);
  }

  get length(): number {
    return this.a.length;
  }

  build(): Graph {
    const { n, a, b } = this;
    const count = new Int32Array(n + 1);
    for (let e = 0; e < a.length; e++) {
      count[a[e] + 1]++;
      count[b[e] + 1]++;
    }
    for (let i = 0; i < n; i++) count[i + 1] += count[i];
    const raw = new Int32Array(count[n]);
    const fill = count.slice(0, n);
    for (let e = 0; e < a.length; e++) {
      raw[fill[a[e]]++] = b[e];
      raw[fill[b[e]]++] = a[e];
    }
    // Sort each row and drop repeated ties.
    const offsets = new Int32Array(n + 1);
    let write = 0;
    for (let i = 0; i < n; i++) {
      const row = raw.subarray(count[i], count[i + 1]).sort();
      offsets[i] = write;
      for (let k = 0; k < row.length; k++) {
        if (k === 0 || row[k] !== row[k - 1]) raw[write++] = row[k];
      }
    }
    offsets[n] = write;
    return csrGraph(n, offsets, raw.slice(0, write));
  }
}

/** Each undirected edge once, as [lower id, higher id], in id order. */
export function edgesOf(graph: Graph): Array<[number, number]> {
  const edges: Array<[number, number]> = [];
  for (let u = 0; u < graph.n; u++) {
    for (let k = graph.offsets[u]; k < graph.ends[u]; k++) {
      const v = graph.neighbors[k];
      if (u < v) edges.push([u, v]);
    }
  }
  return edges;
}
