// Scans files on worker threads, one per core, and yields the results in the files' order. Batches of files go
// to the workers as they ask for work (two batches in flight per worker); results that arrive early wait in a
// reorder buffer bounded by the dispatch window, so memory stays bounded however many files there are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileEntry } from './files';
import type { ScanEvent, ScanOptions } from './scanFiles';
import type { WorkerBatch, WorkerReply } from './scanWorker';

/** Fewer files than this are scanned in the calling thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_FILES = 200;
/** Files per message: large enough to amortise messaging, small enough to balance the load. */
const BATCH_FILES = 64;
/** Batches in flight per worker, and batches dispatched ahead of the next one to yield (per worker). */
const IN_FLIGHT = 2;
const AHEAD = 8;

/** `SKJOLD_SCAN_WORKERS=n`: caps the workers (CI containers with fewer cores than they report; 0 = none). */
function workersFromEnv(): number | undefined {
  const n = Number(process.env.SKJOLD_SCAN_WORKERS);
  return process.env.SKJOLD_SCAN_WORKERS !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** One worker per core but one: the calling thread walks the folders and formats results meanwhile (all cores busy). */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/** The worker bundle next to this bundle (dist/cli) or beside it (dist/server → dist/cli); none when unbundled. */
function workerScript(): string | undefined {
  for (const candidate of [path.join(__dirname, 'scanWorker.js'), path.join(__dirname, '..', 'cli', 'scanWorker.js')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The scan on worker threads, or undefined when it should run in this thread (few files, one worker, no bundle). */
export function parallelScan(files: FileEntry[], opts: ScanOptions): AsyncGenerator<ScanEvent> | undefined {
  const count = Math.min(opts.workers ?? workersFromEnv() ?? defaultWorkers(), Math.ceil(files.length / BATCH_FILES));
  const script = workerScript();
  if (!script || count < 1 || files.length < PARALLEL_MIN_FILES) return undefined;
  return runPool(files, opts, script, count);
}

async function* runPool(files: FileEntry[], opts: ScanOptions, script: string, count: number): AsyncGenerator<ScanEvent> {
  const batches = Math.ceil(files.length / BATCH_FILES);
  const results = new Map<number, ScanEvent[]>();
  let nextToSend = 0;
  let nextToYield = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const workerOpts: ScanOptions = { ...opts };
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: { opts: workerOpts } }));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));

  const feed = (w: Worker) => {
    while (inFlight.get(w)! < IN_FLIGHT && nextToSend < batches && nextToSend < nextToYield + AHEAD * count) {
      const id = nextToSend++;
      const batch: WorkerBatch = { id, files: files.slice(id * BATCH_FILES, (id + 1) * BATCH_FILES) };
      w.postMessage(batch);
      inFlight.set(w, inFlight.get(w)! + 1);
    }
  };
  for (const w of workers) {
    w.on('message', (reply: WorkerReply) => {
      inFlight.set(w, inFlight.get(w)! - 1);
      if ('error' in reply) failure ??= new Error(`a scan worker failed (${reply.error})`);
      else results.set(reply.id, reply.events);
      feed(w);
      wake?.();
    });
    w.on('error', (e) => { failure ??= e; wake?.(); });
    w.on('exit', (code) => { if (code !== 0) failure ??= new Error(`a scan worker stopped (exit code ${code})`); wake?.(); });
  }
  try {
    for (const w of workers) feed(w);
    while (nextToYield < batches) {
      while (!results.has(nextToYield)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = undefined;
      }
      const events = results.get(nextToYield)!;
      results.delete(nextToYield);
      nextToYield++;
      for (const w of workers) feed(w); // the dispatch window moved on
      yield* events;
    }
  } finally {
    for (const w of workers) w.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
