import { selectedLinalgBackend, type LinalgBackendName } from "../numerics/linalg/hermitian-eigenvalues-backend.js";

/**
 * What the CLI reports about the machine it ran on: the dense linear-algebra backend of the
 * set-entropy spectra (LAPACK through koffi, or the TypeScript solver; QTHERM_LINALG), the
 * Node version and the platform. Results agree between backends to round-off (tested to
 * 1e-10); the reports say which one ran.
 */
export interface RunEnvironment {
  readonly linalg: LinalgBackendName;
  readonly node: string;
  readonly platform: string;
}

/** The linear-algebra backend this process uses (never throws: an unusable choice reads as 'ts'). */
export function linalgBackend(): LinalgBackendName {
  try {
    return selectedLinalgBackend();
  } catch {
    return "ts";
  }
}

/** The run environment. */
export function runEnvironment(): RunEnvironment {
  return { linalg: linalgBackend(), node: process.version, platform: `${process.platform}-${process.arch}` };
}
