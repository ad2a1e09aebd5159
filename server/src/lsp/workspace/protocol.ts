// The workspace-scan protocol between the VS Code client and the server (custom LSP messages). Pure types and
// method names: the client bundle imports this file too, so it must not import server code.

/** Request: scan the given folders (default: the workspace folders); cancellable with $/cancelRequest. */
export const SCAN_WORKSPACE = 'skjold/scanWorkspace';
/** Notification server → client while a scan runs. */
export const SCAN_PROGRESS = 'skjold/scanProgress';
/** Notification client → server: re-check these files now (e.g. after the user excluded one). */
export const RESCAN_FILES = 'skjold/rescanFiles';
/** Request: build the anonymisation report over the given folders (default: the workspace folders). */
export const CREATE_REPORT = 'skjold/createReport';

export interface FolderRef {
  uri: string;
  /** Shown in multi-root results and reports; defaults to the folder's base name. */
  name?: string;
}

export interface ScanWorkspaceParams {
  folders?: FolderRef[];
}

export interface SkippedFileInfo {
  uri: string;
  reason: string;
  detail?: string;
}

export interface ScanProgressParams {
  scanId: number;
  /** Files found to scan so far (the total, once the folders are walked). */
  total: number;
  scanned: number;
  skipped: number;
  findings: number;
  filesWithFindings: number;
}

export interface ScanWorkspaceResult {
  scanId: number;
  cancelled: boolean;
  folders: number;
  filesScanned: number;
  filesWithFindings: number;
  findings: number;
  perType: Record<string, number>;
  skipped: SkippedFileInfo[];
  durationMs: number;
}

export interface RescanFilesParams {
  uris: string[];
}

export interface CreateReportParams {
  folders?: FolderRef[];
}

export interface CreateReportResult {
  markdown: string;
  json: string;
  findings: number;
  selfTestPassed: boolean;
}
