import { Command, CommanderError, Option } from "commander";
import { ConvergenceError, DomainError, ParameterError, QthermError, SymbolicError } from "../core/errors.js";
import { GoldenMissingError } from "../goldens/golden-store.js";
import { claimsCommand, errataCommand } from "./commands/claims.js";
import { compareCommand } from "./commands/compare.js";
import { evalCommand } from "./commands/eval.js";
import { figureCommand } from "./commands/figure.js";
import { goldenUpdateCommand, goldenVerifyCommand } from "./commands/golden.js";
import { verifyCommand } from "./commands/verify.js";
import { mergeCommand } from "./commands/merge.js";
import { EXIT, processIo, type CliIo } from "./io.js";
import { packageVersion } from "./provenance.js";
import { EXIT_INTERRUPTED, installInterruptHandler, isInterrupted } from "./interrupt.js";

/**
 * The qtherm command line. Returns the exit code: 0 success, 1 a claim or
 * comparison failed, 2 bad usage or input (the message names what is wrong).
 */
export async function main(argv: readonly string[], io: CliIo = processIo, signal?: AbortSignal): Promise<number> {
  // as the qtherm process, Ctrl-C stops the run cleanly with exit code 130
  const interrupt = signal === undefined && io === processIo ? installInterruptHandler(io) : undefined;
  signal ??= interrupt?.signal;
  try {
    return await runProgram(argv, io, signal);
  } finally {
    interrupt?.dispose();
  }
}

async function runProgram(argv: readonly string[], io: CliIo, signal: AbortSignal | undefined): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name("qtherm")
    .description("Verification suite for quantum thermodynamics: the papers' analytic results checked against exact numerics.")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showSuggestionAfterError();

  program
    .command("verify")
    .description("run claims (all, or those matching a pattern: model id, claim id or glob); exit 1 on any unexpected verdict")
    .argument("[pattern]", "claim id, id prefix (e.g. a model) or glob")
    .option("--json", "print the JSON report")
    .option("--seed <n>", "seed of every property run")
    .option("--path <path>", "fast-check replay path of a counterexample")
    .option("--runs <n>", "property samples per claim (default: QTHERM_PROPERTY_RUNS or 40)")
    .option("--out <file>", "also write the JSON report to a file")
    .option("--html <dir>", "also write a self-contained HTML report (index.html + assets/) into a directory")
    .option("--shard <i/n>", "run only shard i of n (claims ranked by sorted id, rank mod n); write the partial result with --out")
    .option("--jobs <n>", "worker threads (default 1; verdicts are identical to a serial run)")
    .action(async (pattern, options) => {
      code = await verifyCommand(pattern, { ...options, ...(signal ? { signal } : {}) }, io);
    });

  program
    .command("merge")
    .description("combine the partial results of 'qtherm verify --shard i/n --out <file>' into one report (or check a set of 'qtherm figure --all --shard i/n' results)")
    .argument("<files...>", "partial result files, one per shard")
    .option("--json", "print the merged JSON report")
    .option("--out <file>", "also write the merged JSON report to a file")
    .option("--html <dir>", "also write the HTML report into a directory")
    .action(async (files, options) => {
      code = await mergeCommand(files, options, io);
    });

  program
    .command("claims")
    .description("list claims with source, statement and tolerance")
    .argument("[pattern]", "claim id, id prefix or glob")
    .option("--json", "machine-readable output")
    .option("--markdown", "the README's claims table")
    .action((pattern, options) => {
      code = claimsCommand(pattern, options, io);
    });

  program
    .command("errata")
    .description("list printed formulas that fail and their verified corrections")
    .option("--json", "machine-readable output")
    .option("--markdown", "the README's errata table")
    .action((options) => {
      code = errataCommand(options, io);
    });

  program
    .command("eval")
    .description("evaluate a model quantity at given parameters (without a quantity: list quantities and parameters)")
    .argument("<model>", "model id")
    .argument("[quantity]", "quantity name")
    .option("--set <name=value>", "set a parameter (repeatable); name=v1,v2,… evaluates at each value", (value: string, previous: string[] = []) => [...previous, value])
    .option("--json", 'print {"model","quantity","params","value"}')
    .action((model, quantity, options) => {
      code = evalCommand(model, quantity, options, io);
    });

  program
    .command("figure")
    .description("regenerate figure data (JSON in the golden format, and CSV)")
    .argument("[id]", "figure id <model>/<figure>")
    .option("--all", "every figure")
    .addOption(new Option("--size <size>", "ci or paper").default("ci"))
    .option("--out <dir>", "output directory (default out/figures)")
    .option("--shard <i/n>", "with --all: only shard i of n (figures ranked by sorted id); writes figures-shard-i-of-n.<size>.json into the output directory")
    .action(async (id, options) => {
      code = await figureCommand(id, { ...options, ...(signal ? { signal } : {}) }, io);
    });

  const golden = program.command("golden").description("golden regression");
  golden
    .command("verify")
    .description("regenerate and compare with the stored goldens (all, or one id)")
    .argument("[id]", "figure id")
    .addOption(new Option("--size <size>", "ci or paper").default("ci"))
    .action(async (id, options) => {
      code = await goldenVerifyCommand(id, { ...options, ...(signal ? { signal } : {}) }, io);
    });
  golden
    .command("update")
    .description("rewrite a golden (atomically) and show the difference to the previous one")
    .argument("[id]", "figure id")
    .option("--all", "every figure")
    .addOption(new Option("--size <size>", "ci or paper").default("ci"))
    .action(async (id, options) => {
      code = await goldenUpdateCommand(id, { ...options, ...(signal ? { signal } : {}) }, io);
    });

  program
    .command("compare")
    .description("check your solver's output (JSON or CSV) against a golden; --schema <id> prints the columns, units and grid a file must have")
    .argument("[file]", "a .json or .csv file with the golden's columns")
    .option("--golden <id>", "figure id")
    .option("--schema <id>", "print the documented file schema of a golden (column names, units, grid) instead of comparing")
    .addOption(new Option("--size <size>", "ci or paper").default("ci"))
    .option("--json", "machine-readable output")
    .action((file, options) => {
      code = compareCommand(file, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: "node" });
    return code;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (isInterrupted(error)) {
    io.err(`stopped: ${(error as Error).message}; exit ${EXIT_INTERRUPTED}`);
    return EXIT_INTERRUPTED;
  }
  if (error instanceof CommanderError) {
    // help and version exit 0; unknown commands/options and missing arguments are usage errors
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof ParameterError) {
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof GoldenMissingError || error instanceof DomainError || error instanceof ConvergenceError || error instanceof SymbolicError || error instanceof QthermError) {
    io.err(`error: ${error.message}`);
    return error instanceof DomainError ? EXIT.usage : EXIT.failed;
  }
  throw error;
}
