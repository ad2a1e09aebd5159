// The `skjold` command line: the detector core for CI and pre-commit hooks.
// Each command lives in commands/<name>.ts and returns its exit code; add new commands to COMMANDS.
// Exit codes: 0 nothing at or above the threshold, 1 findings at or above it, 2 usage error, 3 internal error.
import { scanCommand } from './commands/scan';
import { kanonCommand } from './commands/kanon';
import { reportCommand } from './commands/report';
import { redactCommand } from './commands/redact';
import { UsageError, USAGE, TOOL_VERSION } from './usage';

const COMMANDS: Record<string, (argv: string[]) => number | Promise<number>> = {
  scan: scanCommand,
  kanon: kanonCommand,
  report: reportCommand,
  redact: redactCommand,
};

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`skjold ${TOOL_VERSION}\n`);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) throw new UsageError(`unknown command '${command}'`);
  return handler(rest);
}

// A reader that stops early (`skjold scan . | head`) closes the pipe: stop at once and quietly with 141
// (128 + SIGPIPE), as grep and cat end, instead of a stack trace or a write that waits for ever.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(141);
    throw e;
  });
}

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`skjold: ${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      // Errors from the core never contain document text; stack traces stay out of CI logs.
      process.stderr.write(`skjold: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 3;
    }
  },
);
