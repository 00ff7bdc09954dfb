import type { JudgedClaim, Verdict } from "../core/claim.js";
import { ParameterError } from "../core/errors.js";
import { runClaims, type RunOptions } from "../checks/runner.js";
import { agreementClaim } from "./agreement-claim.js";
import { ClaimFileError, type ClaimFileProblem } from "./claim-file-error.js";
import { prepareClaimFile } from "./check-claim-file.js";
import { identityClaim } from "./identity-claim.js";
import { invariantClaim } from "./invariant-claim.js";
import { limitClaim } from "./limit-claim.js";
import type { PreparedClaim } from "./prepared-claim.js";
import { claimObject, readClaimFile, type ClaimFileSource } from "./read-claim-file.js";

/**
 * Your own formula against exact dynamics: claim files (docs/checking-your-formula.md)
 * read, checked before anything long runs, turned into JudgedClaims with the claim kit and
 * run by the suite's runner and judge — expected to hold, like any claim a user states.
 */

/** A claim file: its path (.yaml, .yml, .json), or its content as an object (problems then name no line). */
export type ClaimFileInput = string | Readonly<Record<string, unknown>>;

/** The claims of one or more files, ready to run. */
export interface LoadedClaims {
  /** The file names (or "<object>", "<object 2>", … for objects). */
  readonly files: readonly string[];
  readonly claims: readonly JudgedClaim[];
  /** The claim file each claim comes from, by claim id. */
  readonly fileOf: ReadonlyMap<string, string>;
}

/**
 * Reads and checks claim files and builds their claims. Every file is checked before any
 * claim is measured.
 * Throws ClaimFileError with every problem of every file (file, claim, field, line),
 * IoError when a file cannot be read.
 */
export function loadClaimFiles(input: ClaimFileInput | readonly ClaimFileInput[]): LoadedClaims {
  const inputs: readonly ClaimFileInput[] = Array.isArray(input) ? input : [input as ClaimFileInput];
  if (inputs.length === 0) throw new ParameterError("files", inputs, "at least one claim file");
  const problems: ClaimFileProblem[] = [];
  const prepared: PreparedClaim[] = [];
  const files: string[] = [];
  inputs.forEach((entry, k) => {
    const name = typeof entry === "string" ? entry : inputs.length === 1 ? "<object>" : `<object ${k + 1}>`;
    files.push(name);
    try {
      const source: ClaimFileSource = typeof entry === "string" ? readClaimFile(entry) : claimObject(entry, name);
      prepared.push(...prepareClaimFile(source));
    } catch (error) {
      if (!(error instanceof ClaimFileError)) throw error;
      problems.push(...error.problems);
    }
  });
  const fileOf = new Map<string, string>();
  for (const p of prepared) {
    const id = `${p.model.id}/${p.name}`;
    const other = fileOf.get(id);
    if (other !== undefined) problems.push({ file: p.file, claim: p.name, field: "id", message: `the claim id '${id}' is also used in ${other}; ids must differ across the files of one run` });
    else fileOf.set(id, p.file);
  }
  if (problems.length > 0) throw new ClaimFileError(problems);
  return { files, claims: prepared.map(buildClaim), fileOf };
}

/** The JudgedClaim of a prepared claim. */
export function buildClaim(p: PreparedClaim): JudgedClaim {
  switch (p.kind) {
    case "agreement":
      return agreementClaim(p);
    case "limit":
      return limitClaim(p);
    case "invariant":
      return invariantClaim(p);
    case "identity":
      return identityClaim(p);
  }
}

export interface CheckOptions extends Pick<RunOptions, "seed" | "path" | "numRuns" | "onVerdict"> {
  /** Only this claim: its id in the file, or "<model>/<id>". */
  readonly claim?: string;
}

/** The outcome of checking claim files. */
export interface ClaimCheck {
  readonly files: readonly string[];
  readonly claims: readonly JudgedClaim[];
  readonly verdicts: readonly Verdict[];
  readonly fileOf: ReadonlyMap<string, string>;
  /** 'holds' when every claim holds; 'fails' when one fails or its evidence threw; else 'undecided' when one is undecided. */
  readonly status: "holds" | "fails" | "undecided";
}

/**
 * Checks the claims of one or more claim files (paths or objects) with the suite's runner
 * and judge; every claim is expected to hold.
 * Throws ClaimFileError for a bad file (before anything is measured), IoError for an
 * unreadable one, ParameterError for a `claim` that matches none or a `path` given for
 * more than one claim.
 * @example (await checkClaims("examples/claims/coupled-tls.yaml")).status // "fails" (the file shows failing claims too)
 */
export async function checkClaims(input: ClaimFileInput | readonly ClaimFileInput[], options: CheckOptions = {}): Promise<ClaimCheck> {
  const loaded = loadClaimFiles(input);
  const claims = selectClaim(loaded.claims, options.claim);
  if (options.path !== undefined && claims.length > 1) {
    throw new ParameterError("path", options.path, `a replay of one claim: select it (claim / --claim, one of ${claims.map((c) => c.id.split("/").slice(1).join("/")).join(", ")})`);
  }
  const verdicts = await runClaims(claims, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.path !== undefined ? { path: options.path } : {}),
    ...(options.numRuns !== undefined ? { numRuns: options.numRuns } : {}),
    ...(options.onVerdict !== undefined ? { onVerdict: options.onVerdict } : {}),
    expectation: () => ({ expect: "holds" }),
  });
  const status = verdicts.some((v) => v.unexpected && v.status !== "undecided") ? "fails" : verdicts.some((v) => v.status === "undecided") ? "undecided" : "holds";
  return { files: loaded.files, claims, verdicts, fileOf: loaded.fileOf, status };
}

function selectClaim(claims: readonly JudgedClaim[], wanted: string | undefined): readonly JudgedClaim[] {
  if (wanted === undefined) return claims;
  const selected = claims.filter((c) => c.id === wanted || c.id.slice(c.model.length + 1) === wanted);
  if (selected.length === 0) throw new ParameterError("claim", wanted, `the id of a claim in the files: ${claims.map((c) => c.id.slice(c.model.length + 1)).join(", ")}`);
  return selected;
}
