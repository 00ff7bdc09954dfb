/** Where the CLI writes: injectable so tests can capture output in-process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is an interactive terminal (progress bars instead of plain lines). */
  readonly interactive: boolean;
  /** Width of the terminal tables are fitted to (the terminal's columns, or 160 for files and pipes). */
  readonly columns?: number;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) > 0 ? Number(process.env.COLUMNS) : 160;
  },
};

/**
 * Exit codes (docs/cli.md): 0 every verdict as registered; 1 an unexpected verdict (a
 * claim or comparison failed, held against its registration, or its evidence threw);
 * 2 bad usage or input; 3 an input/output failure (a file could not be read or written);
 * 4 no unexpected verdict, but at least one claim undecided (the engine could not decide
 * within its work budget); 70 an internal error of qtherm (a bug: please report it);
 * 130 interrupted (Ctrl-C).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, io: 3, undecided: 4, internal: 70, interrupted: 130 } as const;
