// The scan engine's order of work: the walk (files.ts walkFiles) feeds batches of files to the worker threads
// while it goes on, so scanning starts with the first batch, not after the last folder is read. Results come
// out in walk order (the folders' skip notices first, as collectFiles gives them), whichever worker finished
// first. Memory: results wait for their turn in a window of files (small results of `--format count`: the
// whole scan; positioned findings: a few thousand files), and the walk's file list.
// A `lookup` (the scan cache) may answer a file without scanning it; only the rest go to the workers.
import type { FileEntry, SkipReason } from './files';
import { walkFiles } from './files';
import { excludeFilter } from './pathFilter';
import { BATCH_FILES, PARALLEL_MIN_FILES, WorkerPool, defaultWorkers, workerScript, workersFromEnv } from './scanPool';
import { workOnFile, workOptions, type ScanJob, type ScanOptions, type WorkItem, type WorkResult } from './scanFiles';

export type EngineEvent =
  | { kind: 'walk-skipped'; path: string; reason: SkipReason; detail?: string }
  /** `cached`: the lookup answered it; else it was scanned. */
  | { kind: 'result'; entry: FileEntry; result: WorkResult; cached: boolean };

export interface EngineOptions {
  job: ScanJob;
  /** Answers a file without scanning it (a result), or returns what to scan (the file, with what to expect). */
  lookup?: (entry: FileEntry) => WorkResult | WorkItem;
  /** The key of content digests (job `digest`). */
  digestKey?: string;
}

/** Files whose results may wait for their turn, for results that hold positioned findings. */
const FULL_WINDOW_FILES = 4096;
/** Walked files between two looks at the event loop (worker replies arrive there). */
const WALK_YIELD_EVERY = 256;

interface PendingBatch { id: number; items: WorkItem[]; slots: number[] }

/** Events handed over at once when they are ready: one await per chunk, not per file. */
const CHUNK_EVENTS = 512;

/** The scan's events in order, in chunks of those ready at once (the walk's skips first). */
export async function* runScan(inputs: string[], opts: ScanOptions, eo: EngineOptions): AsyncGenerator<EngineEvent[]> {
  const work = workOptions(opts, eo.digestKey);
  const workers = opts.workers ?? workersFromEnv() ?? defaultWorkers();
  const script = workers > 0 ? workerScript() : undefined;
  const helpHere = opts.mainHelps === true;
  const window = eo.job === 'count' ? Number.MAX_SAFE_INTEGER : FULL_WINDOW_FILES;

  const walkSkips: EngineEvent[] = [];
  const entries: FileEntry[] = [];
  const done = new Map<number, WorkResult>();
  const answered = new Set<number>();
  const unsent: PendingBatch[] = [];
  const batchSlots = new Map<number, number[]>();
  let pending: PendingBatch = { id: 0, items: [], slots: [] };
  let batches = 0, misses = 0, nextToYield = 0;
  let pool: WorkerPool | undefined;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;

  const closeBatch = () => {
    if (!pending.items.length) return;
    unsent.push(pending);
    pending = { id: ++batches, items: [], slots: [] };
  };
  const submitReady = () => {
    while (pool && unsent.length && unsent[0]!.slots[0]! - nextToYield < window) {
      const b = unsent.shift()!;
      batchSlots.set(b.id, b.slots);
      pool.submit(b.id, b.items);
    }
  };
  const startPool = () => {
    pool = new WorkerPool(script!, workers, work, eo.job,
      (id, results) => {
        const slots = batchSlots.get(id)!;
        batchSlots.delete(id);
        results.forEach((r, i) => done.set(slots[i]!, r));
        wake?.();
      },
      (e) => { failure ??= e; wake?.(); });
  };

  try {
    let walked = 0;
    for (const item of walkFiles(inputs, opts.cwd, excludeFilter(opts.exclude))) {
      if (item.kind === 'skipped') {
        walkSkips.push('detail' in item ? { kind: 'walk-skipped', path: item.display, reason: item.reason, detail: item.detail } : { kind: 'walk-skipped', path: item.display, reason: item.reason });
        continue;
      }
      const slot = entries.length;
      entries.push(item.entry);
      const looked = eo.lookup ? eo.lookup(item.entry) : item.entry;
      if ('kind' in looked) { done.set(slot, looked); answered.add(slot); }
      else {
        pending.items.push(looked);
        pending.slots.push(slot);
        misses++;
        if (pending.items.length === BATCH_FILES) closeBatch();
        if (!pool && script && misses >= PARALLEL_MIN_FILES) startPool();
        submitReady();
      }
      if (++walked % WALK_YIELD_EVERY === 0 && pool) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    closeBatch();
    if (pool) submitReady();

    // Too few files for workers: the rest are scanned here, each when its turn comes.
    const here = new Map<number, WorkItem>();
    if (!pool) for (const b of unsent.splice(0)) b.items.forEach((it, i) => here.set(b.slots[i]!, it));

    if (walkSkips.length) yield walkSkips;
    let chunk: EngineEvent[] = [];
    for (; nextToYield < entries.length; nextToYield++) {
      while (!done.has(nextToYield)) {
        const item = here.get(nextToYield);
        if (item) { done.set(nextToYield, workOnFile(item, eo.job, work)); here.delete(nextToYield); break; }
        if (failure) throw failure;
        if (chunk.length) { yield chunk; chunk = []; continue; } // hand over what is ready before waiting
        submitReady();
        const stolen = helpHere ? pool?.takeQueued() : undefined;
        if (stolen) {
          const slots = batchSlots.get(stolen.id)!;
          batchSlots.delete(stolen.id);
          stolen.items.forEach((it, i) => done.set(slots[i]!, workOnFile(it, eo.job, work)));
          // Let the workers' replies in before the next batch: each reply sends its worker more work (pump), and
          // a worker left with nothing while this thread scans batch after batch would idle.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = undefined;
      }
      const result = done.get(nextToYield)!;
      done.delete(nextToYield);
      if (pool && nextToYield % BATCH_FILES === 0) submitReady(); // the window moved on
      chunk.push({ kind: 'result', entry: entries[nextToYield]!, result, cached: answered.delete(nextToYield) });
      if (chunk.length >= CHUNK_EVENTS || here.size) { yield chunk; chunk = []; }
    }
    if (chunk.length) yield chunk;
  } finally {
    await pool?.close();
  }
}
