// A scan worker thread (bundled as dist/cli/scanWorker.js): receives batches of files, scans each with the
// same workOnFile as the main thread, and posts the results back in their compact form (scanWire.ts), the
// numbers' buffer transferred. Only masked values leave it (positionFindings), or counts (`--format count`).
import { parentPort, workerData } from 'node:worker_threads';
import { workOnFile, type ScanJob, type WorkOptions } from './scanFiles';
import { encodeResults, type WireBatch } from './scanWire';
import { noAllowlistIn } from './allowlistLookup';

export interface WorkerBatch {
  id: number;
  job: ScanJob;
  /** Absolute paths; the main thread keeps the display paths. */
  paths: string[];
  /** Job `digest`: per file, the content digest of its cached result, or null. */
  expect?: (string | null)[];
  /** Folders of these files that the walk listed without a `.skjold` entry (allowlistLookup.ts). */
  bare?: string[];
}
export type WorkerReply = ({ id: number } & WireBatch) | { id: number; error: string };

const opts = (workerData as { opts: WorkOptions }).opts;
parentPort!.on('message', (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    for (const dir of batch.bare ?? []) noAllowlistIn(dir);
    const results = batch.paths.map((absolute, i) => workOnFile({ absolute, display: '', expect: batch.expect?.[i] ?? undefined }, batch.job, opts));
    reply = { id: batch.id, ...encodeResults(results) };
  } catch (e) {
    // The error's name only: a message could quote text from the file.
    reply = { id: batch.id, error: e instanceof Error ? e.name : 'error' };
  }
  parentPort!.postMessage(reply, 'nums' in reply ? [reply.nums.buffer as ArrayBuffer] : []);
});
