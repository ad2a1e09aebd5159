// A scan worker thread (bundled as dist/cli/scanWorker.js): receives batches of files, scans each with the
// same scanOneFile as the main thread, and posts the results back. Only masked values leave it (positionFindings).
import { parentPort, workerData } from 'node:worker_threads';
import { scanOneFile, type ScanOptions } from './scanFiles';
import type { FileEntry } from './files';

export interface WorkerBatch { id: number; files: FileEntry[] }
export type WorkerReply = { id: number; events: ReturnType<typeof scanOneFile>[] } | { id: number; error: string };

const opts = (workerData as { opts: ScanOptions }).opts;
parentPort!.on('message', (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    reply = { id: batch.id, events: batch.files.map((f) => scanOneFile(f, opts)) };
  } catch (e) {
    // The error's name only: a message could quote text from the file.
    reply = { id: batch.id, error: e instanceof Error ? e.name : 'error' };
  }
  parentPort!.postMessage(reply);
});
