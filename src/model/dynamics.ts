import { levelsOf } from './networks/hierarchy.ts';
import { FORMAL, INFORMAL, type TieGraph } from './ties.ts';

/** The settings of relational dynamics, as one side's engine holds them (all live). */
export interface DynamicsOptions {
  /** Informal ties form (by bond), fade and repair. */
  adapt: boolean;
  /** Chance that passing a message on from a to c ties a and c. */
  bond: number;
  /** Ticks an informal tie survives unused (Infinity: never fades). */
  fade: number;
  /** Ticks after a knock-out before the lost person's contacts re-tie. */
  repair: number;
  /** Ticks after a manager's knock-out before a report fills the post (Infinity: never). */
  reorg: number;
}

/** What changed in the ties during one tick. */
export interface TieCounts {
  formed: number;
  faded: number;
  repaired: number;
  promotions: number;
}

/** Told of every tie that forms or goes, so routes and news follow. */
export interface TieListener {
  tieFormed(u: number, v: number): void;
  tieDropped(u: number, v: number): void;
}

/** A post whose holder is out: filled at the start of tick `fillsAt` (Infinity: never). */
export interface Vacancy {
  person: number;
  fillsAt: number;
}

/** The hierarchy's chain of command as it stands, changed by promotions. */
export interface Org {
  readonly manager: Int32Array;
  level: Int32Array;
  /** Bumped by every promotion. */
  version: number;
}

const never = () => false;

/**
 * Relational dynamics on one side (docs/MODEL.md, "Change over time"): at the
 * start of each tick, posts vacant for `reorg` ticks are filled by promotion
 * and the contacts of people knocked out `repair` ticks ago re-tie; at its
 * end, unused informal ties fade and the bonds proposed during it form. Every change goes through the
 * listener, so the engine's routes and news follow.
 */
export class TieDynamics {
  readonly counts: TieCounts = { formed: 0, faded: 0, repaired: 0, promotions: 0 };
  /**
   * Tick each person was knocked out (-1 while working). This and the three below are empty until
   * someone is out: a run nobody leaves needs none of them.
   */
  private outSince = new Int32Array(0);
  private repaired = new Uint8Array(0);
  /** Set once a person's post has been filled while they were out. */
  private replaced = new Uint8Array(0);
  /** Reports per person (hierarchy only). */
  private readonly team: Int32Array;
  private bonds: number[] = [];
  /** The bond the end of the tick under way goes on from (-1: not begun). */
  private bonding = -1;
  private adapting = false;
  private mark = new Uint8Array(0);

  /** The chain of command (a copy of the chart's: promotions change it), or none. */
  readonly org: Org | undefined;

  constructor(
    private readonly ties: TieGraph,
    private readonly working: Uint8Array,
    chart: { readonly manager?: Int32Array; readonly level?: Int32Array } | undefined,
    private readonly listener: TieListener,
  ) {
    const n = ties.n;
    const manager = chart?.manager;
    const level = manager && (chart.level?.slice() ?? levelsOf(manager));
    this.org = manager && level && { manager: manager.slice(), level, version: 0 };
    for (let v = working.indexOf(0); v >= 0; v = working.indexOf(0, v + 1)) this.knockedOut(v, 0);
    this.team = new Int32Array(n);
    if (manager) for (let v = 0; v < n; v++) if (manager[v] >= 0) this.team[manager[v]]++;
  }

  knockedOut(person: number, tick: number): void {
    const n = this.ties.n;
    if (this.outSince.length !== n) {
      this.outSince = new Int32Array(n).fill(-1);
      this.repaired = new Uint8Array(n);
      this.replaced = new Uint8Array(n);
      this.mark = new Uint8Array(n);
    }
    this.outSince[person] = tick;
    this.repaired[person] = 0;
    this.replaced[person] = 0;
  }

  /** Back at work: their ties (kept while they were out) count as used from now. */
  restored(person: number, tick: number): void {
    this.outSince[person] = -1;
    const { ties } = this;
    // Use is only kept once ties are numbered (adapting turns that on, and resets it).
    if (!ties.isPrepared) return;
    for (let k = ties.offsets[person]; k < ties.ends[person]; k++) ties.used[ties.tieAt(k)] = tick;
  }

  /** a and c should be tied at the end of this tick (triadic closure; the draw is the engine's). */
  proposeBond(a: number, c: number): void {
    this.bonds.push(a, c);
  }

  /** Is a repair or a promotion still to come? (A pending fade alone is not.) */
  pending(options: DynamicsOptions, tick: number): boolean {
    for (let v = 0; v < this.outSince.length; v++) {
      const since = this.outSince[v];
      if (since < 0) continue;
      if (options.adapt && !this.repaired[v] && since + options.repair >= tick) return true;
      const filling = this.org && options.reorg !== Infinity && !this.replaced[v];
      if (filling && since + options.reorg >= tick && this.holdsPost(v)) return true;
    }
    return false;
  }

  /** Posts whose holder is out, with the tick at whose start each is filled. */
  vacancies(options: DynamicsOptions): Vacancy[] {
    const out: Vacancy[] = [];
    if (!this.org) return out;
    for (let v = 0; v < this.outSince.length; v++) {
      if (this.outSince[v] >= 0 && !this.replaced[v] && this.holdsPost(v))
        out.push({ person: v, fillsAt: this.outSince[v] + options.reorg });
    }
    return out;
  }

  /**
   * The start of tick `tick` (after its knock-outs and returns): posts vacant for `reorg` ticks
   * are filled, then the contacts of people knocked out `repair` ticks ago re-tie.
   */
  startOfTick(tick: number, options: DynamicsOptions): void {
    const c = this.counts;
    c.formed = c.faded = c.repaired = c.promotions = 0;
    // Ties' use is kept only while they adapt; turned on, every tie counts as just used.
    if (options.adapt && !this.adapting) {
      this.ties.prepare();
      this.ties.used.fill(tick - 1);
    }
    this.adapting = options.adapt;
    const promoting = this.org !== undefined && options.reorg !== Infinity;
    if (!promoting && !options.adapt) return;
    this.ties.prepare();
    if (promoting) this.promote(tick, options.reorg);
    if (options.adapt) this.repair(tick, options.repair);
  }

  /**
   * The end of tick `tick`: unused ties fade, then the bonds proposed during the tick form — in
   * parts: it stops once `enough()` says so after a tie formed (each new tie passes on the news
   * its people know, and thousands at once can queue millions of sends). True once it is over.
   */
  endOfTick(tick: number, options: DynamicsOptions, enough: () => boolean = never): boolean {
    if (options.adapt) {
      if (this.bonding < 0) {
        this.ties.prepare();
        if (options.fade !== Infinity) this.fade(tick, options.fade);
        this.bonding = 0;
      }
      this.bonding = this.formBonds(tick, this.bonding, enough);
      if (this.bonding < this.bonds.length) return false;
    }
    this.bonding = -1;
    this.bonds.length = 0;
    return true;
  }

  /** Informal ties unused for `fade` ticks go, unless one of their people would be left with none. */
  private fade(tick: number, fade: number): void {
    const { ties, working } = this;
    for (let id = 0; id < ties.tieIds; id++) {
      if (!ties.alive[id] || ties.kind[id] !== INFORMAL || tick - ties.used[id] < fade) continue;
      const a = ties.tieA[id];
      const b = ties.tieB[id];
      // Ties of people who are out wait for them, unchanged.
      if (!working[a] || !working[b]) continue;
      if (ties.informal[a] <= 1 || ties.informal[b] <= 1) continue;
      ties.remove(id);
      this.counts.faded++;
      this.listener.tieDropped(a, b);
    }
  }

  /** Whether bonds were proposed this tick (ties may form at its end). */
  get proposed(): boolean {
    return this.bonds.length > 0;
  }

  /** Forms the bonds proposed from entry `from` on, until `enough()`; returns where to go on. */
  private formBonds(tick: number, from: number, enough: () => boolean): number {
    const { bonds, working } = this;
    for (let i = from; i < bonds.length; i += 2) {
      const a = bonds[i];
      const c = bonds[i + 1];
      if (!working[a] || !working[c] || this.ties.has(a, c)) continue;
      this.tie(a, c, INFORMAL, tick);
      this.counts.formed++;
      if (enough()) return i + 2;
    }
    return bonds.length;
  }

  /**
   * People knocked out `repair` ticks ago: the working people tied to them informally (through
   * any knocked-out neighbours also due) all tie to the lowest-id one of them, so whoever was
   * connected through the lost people stays connected.
   */
  private repair(tick: number, delay: number): void {
    for (let f = 0; f < this.outSince.length; f++) {
      const since = this.outSince[f];
      if (since < 0 || this.repaired[f] || since + delay > tick) continue;
      const contacts = this.contactsAround(f, tick, delay);
      for (let i = 1; i < contacts.length; i++) {
        if (this.ties.has(contacts[0], contacts[i])) continue;
        this.tie(contacts[0], contacts[i], INFORMAL, tick);
        this.counts.repaired++;
      }
    }
  }

  /** Working informal contacts of f and of the knocked-out people (due for repair) tied to f, by id. */
  private contactsAround(f: number, tick: number, delay: number): number[] {
    const { ties, working, mark } = this;
    const lost = [f];
    const contacts: number[] = [];
    mark[f] = 1;
    for (let i = 0; i < lost.length; i++) {
      const u = lost[i];
      this.repaired[u] = 1;
      for (let k = ties.offsets[u]; k < ties.ends[u]; k++) {
        const v = ties.neighbors[k];
        if (mark[v] || ties.kind[ties.tieAt(k)] !== INFORMAL) continue;
        if (working[v]) {
          mark[v] = 1;
          contacts.push(v);
        } else if (this.outSince[v] >= 0 && this.outSince[v] + delay <= tick) {
          mark[v] = 1;
          lost.push(v);
        }
      }
    }
    for (const v of lost) mark[v] = 0;
    for (const v of contacts) mark[v] = 0;
    return contacts.sort((a, b) => a - b);
  }

  /**
   * Posts vacant for `reorg` ticks, top first: the lowest-id working report steps up, takes the
   * reporting lines to the manager's manager and the other reports, and keeps their own team.
   * The person replaced reports to them when back. Repeats while a post was filled (a report
   * promoted into a post may fill the vacant post above it too).
   */
  private promote(tick: number, reorg: number): void {
    const org = this.org!;
    let changed = true;
    let any = false;
    while (changed) {
      changed = false;
      const due: number[] = [];
      for (let v = 0; v < this.outSince.length; v++) {
        const since = this.outSince[v];
        if (since >= 0 && !this.replaced[v] && since + reorg <= tick) due.push(v);
      }
      due.sort((a, b) => org.level[a] - org.level[b] || a - b);
      for (const f of due) {
        const reports = this.reportsOf(f);
        const p = reports.find((r) => this.working[r]);
        if (p === undefined) continue;
        this.fill(f, p, reports, tick);
        changed = any = true;
      }
    }
    if (any) {
      org.level = levelsOf(org.manager);
      org.version++;
    }
  }

  private fill(f: number, p: number, reports: number[], tick: number): void {
    const { manager } = this.org!;
    const boss = manager[f];
    if (boss >= 0) {
      this.drop(f, boss);
      this.formal(p, boss, tick);
    }
    for (const r of reports) {
      if (r === p) continue;
      this.drop(f, r);
      this.formal(p, r, tick);
      manager[r] = p;
    }
    this.team[p] += this.team[f] - 1;
    this.team[f] = 0;
    manager[p] = boss;
    manager[f] = p;
    this.team[p]++;
    this.replaced[f] = 1;
    this.counts.promotions++;
  }

  private reportsOf(person: number): number[] {
    const { manager } = this.org!;
    const reports: number[] = [];
    for (let v = 0; v < manager.length; v++) if (manager[v] === person) reports.push(v);
    return reports;
  }

  private holdsPost(person: number): boolean {
    return this.team[person] > 0;
  }

  /** Makes u–v a reporting line: a new tie, or an informal one that becomes formal. */
  private formal(u: number, v: number, tick: number): void {
    const { ties } = this;
    const id = ties.tieBetween(u, v);
    if (id >= 0) {
      ties.remove(id);
      this.listener.tieDropped(u, v);
    }
    this.tie(u, v, FORMAL, tick);
  }

  private drop(u: number, v: number): void {
    const id = this.ties.tieBetween(u, v);
    if (id < 0) return;
    this.ties.remove(id);
    this.listener.tieDropped(u, v);
  }

  private tie(u: number, v: number, kind: typeof FORMAL | typeof INFORMAL, tick: number): void {
    this.ties.add(u, v, kind, tick);
    this.listener.tieFormed(u, v);
  }
}
