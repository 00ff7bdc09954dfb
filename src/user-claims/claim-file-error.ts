import { QthermError } from "../core/errors.js";
import type { SourcePositions } from "./source-positions.js";

/**
 * What is wrong with a claim file, said so that it can be fixed without reading qtherm's
 * code: the file, the claim, the field and the line (`qtherm check` exits 2).
 */

/** One problem of a claim file. */
export interface ClaimFileProblem {
  readonly file: string;
  /** The claim's id (or "claims[3]" when it has none); absent for file-level fields. */
  readonly claim?: string;
  /** The field, relative to the claim for claim fields: "limit.parameter", "domain.betaA", "formula". */
  readonly field: string;
  /** 1-based line and column in the file (absent for an object given through the API). */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** "examples/claims/x.yaml:12:5: claim 'second-order-current', field 'limit.parameter': …" */
export function formatProblem(p: ClaimFileProblem): string {
  const at = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${at}: ${p.claim !== undefined ? `claim '${p.claim}', ` : ""}field '${p.field}': ${p.message}`;
}

/**
 * A claim file that cannot be checked: every problem found before any computation, each
 * naming the file, the claim, the field and the line.
 */
export class ClaimFileError extends QthermError {
  readonly problems: readonly ClaimFileProblem[];

  constructor(problems: readonly ClaimFileProblem[], options?: { cause?: unknown }) {
    const files = [...new Set(problems.map((p) => p.file))];
    super(
      problems.length === 1
        ? `bad claim file: ${formatProblem(problems[0])}`
        : `bad claim file${files.length > 1 ? "s" : ""} (${problems.length} problems):\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
      options,
    );
    this.problems = problems;
  }
}

/** A data path into a claim file: ["claims", 0, "limit", "order"]. */
export type DataPath = readonly (string | number)[];

/**
 * Collects the problems of one file, resolving each data path into the claim's name, the
 * field relative to it and its source position.
 */
export class ProblemList {
  private readonly list: ClaimFileProblem[] = [];

  constructor(
    readonly file: string,
    private readonly positions: SourcePositions | undefined,
    private readonly claimName: (index: number) => string,
  ) {}

  /** Adds a problem at a data path (`key`: point at the key rather than the value, e.g. an unknown field). */
  add(path: DataPath, message: string, options: { readonly key?: boolean; readonly positionOf?: DataPath } = {}): void {
    const position = this.positions?.of(options.positionOf ?? path, options.key === true);
    const inClaim = path[0] === "claims" && typeof path[1] === "number";
    const fieldPath = inClaim ? path.slice(2) : path;
    const problem: ClaimFileProblem = {
      file: this.file,
      ...(inClaim ? { claim: this.claimName(path[1] as number) } : {}),
      field: fieldPath.length === 0 ? (inClaim ? "(the claim)" : "(the file)") : formatPath(fieldPath),
      ...(position !== undefined ? { line: position.line, column: position.column } : {}),
      message,
    };
    // a file-level entry inherited by several claims is reported once
    if (!this.list.some((p) => formatProblem(p) === formatProblem(problem))) this.list.push(problem);
  }

  /** The line of the value at a data path (for messages that point at a second place). */
  lineOf(path: DataPath): number | undefined {
    return this.positions?.of(path)?.line;
  }

  /** Adds a problem that is already resolved (e.g. a syntax error at a parser's position). */
  addResolved(problem: ClaimFileProblem): void {
    this.list.push(problem);
  }

  get problems(): readonly ClaimFileProblem[] {
    return this.list;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** Throws ClaimFileError when a problem was found. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ClaimFileError(this.list);
  }
}

/** ["limit", "span", 1] → "limit.span[1]" */
export function formatPath(path: DataPath): string {
  return path.map((part, k) => (typeof part === "number" ? `[${part}]` : k === 0 ? part : `.${part}`)).join("");
}
