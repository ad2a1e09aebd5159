// If the server process dies, restart it (the client re-sends the open documents, so diagnostics come back) and
// tell the user once per session — not on every crash, and never with document content.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type Message } from 'vscode-languageclient/node';

/** Restarts after a crash, up to `maxRestarts` within `windowMs`, after which it gives up and says so. */
export class RestartingErrorHandler implements ErrorHandler {
  private restarts: number[] = [];
  private told = false;
  /** Restarts after a crash and notices shown, this session: read by the real-editor tests. */
  readonly stats = { restarts: 0, notices: 0 };

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly maxRestarts = 5,
    private readonly windowMs = 3 * 60_000,
  ) {}

  error(_error: Error, _message: Message | undefined, count: number | undefined): { action: ErrorAction } {
    // Transport errors: keep going unless they repeat.
    return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): { action: CloseAction; message?: string; handled?: boolean } {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < this.windowMs);
    if (this.restarts.length >= this.maxRestarts) {
      this.output.appendLine(`The Skjold language server stopped ${this.maxRestarts} times in ${this.windowMs / 60_000} minutes; not restarting.`);
      return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The Skjold language server keeps stopping and will not be restarted. Run "Skjold: Restart Language Server" to try again.') };
    }
    this.restarts.push(now);
    this.stats.restarts++;
    this.output.appendLine('The Skjold language server stopped unexpectedly; restarting it.');
    if (!this.told) {
      this.told = true;
      this.stats.notices++;
      void vscode.window.showInformationMessage(vscode.l10n.t('The Skjold language server stopped unexpectedly and was restarted. Your documents are being checked again.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
