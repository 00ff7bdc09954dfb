import cliProgress from "cli-progress";
import type { CliIo } from "./io.js";

/**
 * Progress of a long run: a bar with ETA on a terminal, plain periodic lines
 * (at most every `intervalMs`) otherwise.
 */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(label: string, io: CliIo, intervalMs = 5000): Progress {
  if (io.interactive) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | elapsed {duration_formatted} | ETA {eta_formatted}`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else {
          bar.setTotal(total);
          bar.update(done);
        }
      },
      stop: () => started && bar.stop(),
    };
  }
  const start = Date.now();
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < intervalMs && done < total) return;
      last = now;
      const elapsed = (now - start) / 1000;
      const eta = done > 0 ? (elapsed * (total - done)) / done : NaN;
      io.err(`${label}: ${done}/${total} (${((100 * done) / Math.max(total, 1)).toFixed(0)}%), elapsed ${elapsed.toFixed(0)} s${Number.isFinite(eta) ? `, ETA ${eta.toFixed(0)} s` : ""}`);
    },
    stop() {},
  };
}
