// Worker threads for the scan engine (scanEngine.ts): batches of files go to the workers as they have room
// (two batches in flight per worker) and each batch's results come back compact (scanWire.ts: numbers in a
// transferred Float64Array and the distinct strings), decoded here into the same WorkResults as in one thread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ScanJob, WorkItem, WorkOptions, WorkResult } from './scanFiles';
import type { WorkerBatch, WorkerReply } from './scanWorker';
import { decodeResults } from './scanWire';
import { foldersWithoutAllowlist } from './allowlistLookup';

/** Fewer files than this are scanned in the calling thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_FILES = 200;
/** Files per message: large enough to amortise messaging, small enough to balance the load. */
export const BATCH_FILES = 64;
/** Batches in flight per worker. */
/**
 * Batches in flight per worker: enough that a worker still has work while the main thread scans a batch of its own
 * (scanEngine.ts `mainHelps`) before it reads the worker's reply; measured 2 → 4: ~3 % less wall on the bench corpus.
 */
const IN_FLIGHT = 4;

/** `SKJOLD_SCAN_WORKERS=n`: caps the workers (CI containers with fewer cores than they report; 0 = none). */
export function workersFromEnv(): number | undefined {
  const n = Number(process.env.SKJOLD_SCAN_WORKERS);
  return process.env.SKJOLD_SCAN_WORKERS !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** One worker per core but one: the calling thread walks the folders and formats results meanwhile (all cores busy). */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/**
 * The `skjold scan` command's threads: the main thread scans too once its walk is done (scanEngine.ts `mainHelps`),
 * and one worker is started per further core that is free (cores minus the 1-minute load average, rounded), the way
 * `make -l` holds back on a busy machine. Each thread pays its own start-up and JIT warm-up (~0.35 s of CPU), which
 * only a large scan repays. Measured on 2 idle cores (docs/rooms/cli-speed.md): the 15 MB bench corpus takes the same
 * 1.4 s in one thread as with a worker, four times that corpus 4.3 s in one thread and 3.0 s with a worker; with the
 * other core busy a worker made the 15 MB scan ~40 % slower. The editor's workspace scan keeps defaultWorkers() and
 * an idle main thread: it must answer the editor.
 */
export function commandThreads(cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): { workers: number; mainHelps: true } {
  return { workers: workersFromEnv() ?? freeCoreWorkers(cores, load), mainHelps: true };
}

/** Workers beside a main thread that scans: the free cores (cores minus load, rounded) but the main thread's, at least 0. */
export function freeCoreWorkers(cores: number, load: number): number {
  const free = Math.round(cores - Math.max(0, load));
  return Math.max(0, Math.min(cores - 1, free - 1));
}

/** The worker bundle next to this bundle (dist/cli) or beside it (dist/server → dist/cli); none when unbundled. */
export function workerScript(): string | undefined {
  for (const candidate of [path.join(__dirname, 'scanWorker.js'), path.join(__dirname, '..', 'cli', 'scanWorker.js')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

interface Batch { id: number; items: WorkItem[] }

/** A set of scan workers. submit() queues a batch; onResult gets each batch's results (in any order). */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly inFlight = new Map<Worker, number>();
  private readonly queue: Batch[] = [];
  private readonly sent = new Map<number, Batch>();
  private closed = false;

  constructor(
    script: string,
    count: number,
    work: WorkOptions,
    private readonly job: ScanJob,
    private readonly onResult: (id: number, results: WorkResult[]) => void,
    private readonly onFailure: (e: Error) => void,
  ) {
    this.workers = Array.from({ length: count }, () => new Worker(script, { workerData: { opts: work } }));
    for (const w of this.workers) {
      this.inFlight.set(w, 0);
      w.on('message', (reply: WorkerReply) => {
        this.inFlight.set(w, this.inFlight.get(w)! - 1);
        const batch = this.sent.get(reply.id)!;
        this.sent.delete(reply.id);
        if ('error' in reply) this.onFailure(new Error(`a scan worker failed (${reply.error})`));
        else this.onResult(reply.id, decodeResults(reply, batch.items.map((f) => f.display)));
        this.pump();
      });
      w.on('error', (e) => this.onFailure(e));
      w.on('exit', (code) => { if (code !== 0 && !this.closed) this.onFailure(new Error(`a scan worker stopped (exit code ${code})`)); });
    }
  }

  /**
   * The oldest batch no worker has taken yet, removed from the queue: the calling thread scans it itself while it
   * would otherwise wait (see runScan's `mainHelps`). Undefined when every submitted batch is with a worker.
   */
  takeQueued(): { id: number; items: WorkItem[] } | undefined {
    return this.queue.shift();
  }

  submit(id: number, items: WorkItem[]): void {
    this.queue.push({ id, items });
    this.pump();
  }

  private pump(): void {
    for (const w of this.workers) {
      while (this.queue.length && this.inFlight.get(w)! < IN_FLIGHT) {
        const batch = this.queue.shift()!;
        const paths = batch.items.map((f) => f.absolute);
        const msg: WorkerBatch = { id: batch.id, job: this.job, paths, bare: foldersWithoutAllowlist(paths), ...(this.job === 'digest' ? { expect: batch.items.map((f) => f.expect ?? null) } : {}) };
        this.sent.set(batch.id, batch);
        w.postMessage(msg);
        this.inFlight.set(w, this.inFlight.get(w)! + 1);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.workers) w.removeAllListeners('message');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
