/**
 * An undirected graph in compressed sparse row (CSR) form: the neighbours of
 * node i are `neighbors[offsets[i] .. offsets[i+1])`, sorted by ascending id.
 */
export interface Graph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
}

export function degree(graph: Graph, node: number): number {
  return graph.offsets[node + 1] - graph.offsets[node];
}

export function edgeCount(graph: Graph): number {
  return graph.neighbors.length / 2;
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
    return { n, offsets, neighbors: raw.slice(0, write) };
  }
}

/** Each undirected edge once, as [lower id, higher id], in id order. */
export function edgesOf(graph: Graph): Array<[number, number]> {
  const edges: Array<[number, number]> = [];
  for (let u = 0; u < graph.n; u++) {
    for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
      const v = graph.neighbors[k];
      if (u < v) edges.push([u, v]);
    }
  }
  return edges;
}
