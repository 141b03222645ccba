/**
 * The exit codes every CLI's contract shares (`scan`, `claims`, `lookup`): bad input 2 with the
 * message on stderr, an internal failure 1. Tests run a CLI in-process through cliExitCode.
 */

/** Bad input (arguments, files): its message goes to stderr as it is, exit 2. */
export class InputError extends Error {}

/** Where a CLI writes: the process's stdout and stderr, or a test's buffers. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type CliMain = (argv: readonly string[], out: CliOutput) => Promise<number>;

/** `main`'s exit code on `argv`, its failure written to stderr: bad input 2, an internal failure 1. Tests run a CLI in-process with it. */
export async function cliExitCode(cli: string, main: CliMain, argv: readonly string[], out: CliOutput): Promise<number> {
  try {
    return await main(argv, out);
  } catch (e) {
    if (e instanceof InputError) {
      out.stderr(e.message + '\n');
      return 2;
    }
    out.stderr(`${cli}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

export function runCli(cli: string, main: CliMain): void {
  const out: CliOutput = { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) };
  void cliExitCode(cli, main, process.argv.slice(2), out).then((code) => process.exit(code));
}
