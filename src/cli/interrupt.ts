import type { CliIo } from "./io.js";

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/**
 * Ctrl-C handling of a CLI process. The first SIGINT aborts the returned
 * signal: running claims and figures stop (their worker threads are
 * terminated) and the command returns EXIT_INTERRUPTED without writing
 * anything further; a second SIGINT exits at once.
 *
 * Why no output file can be torn: every output is written synchronously to a
 * temporary sibling and renamed over the target (writeJsonAtomically, the CSV
 * writer, the HTML writer). A JavaScript signal handler only runs between
 * synchronous sections, so never between a temporary write and its rename;
 * and if the process is killed outright (second Ctrl-C, SIGKILL), rename(2) is
 * atomic: the target is either the previous complete file or the new one —
 * at worst a hidden temporary `.<name>.qtherm-tmp-<pid>` remains, which git ignores and
 * `qtherm golden update` removes (core/atomic-file.ts).
 */
export function installInterruptHandler(io: CliIo): { readonly signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) {
      io.err("interrupted again: exiting now");
      process.exit(EXIT_INTERRUPTED);
    }
    io.err("interrupted (Ctrl-C): stopping; files already written are complete, nothing is half-written (Ctrl-C again to exit at once)");
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  return { signal: controller.signal, dispose: () => process.off("SIGINT", onSigint) };
}

/** True for the error an interrupted run rejects with. */
export function isInterrupted(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
