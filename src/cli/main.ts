import { Command, CommanderError, Option } from "commander";
import { ConvergenceError, DomainError, IoError, ParameterError, QthermError, SymbolicError } from "../core/errors.js";
import { describe as describeIo } from "./output-paths.js";
import { GoldenMissingError } from "../goldens/golden-store.js";
import { claimsCommand, errataCommand } from "./commands/claims.js";
import { compareCommand } from "./commands/compare.js";
import { evalCommand } from "./commands/eval.js";
import { figureCommand } from "./commands/figure.js";
import { goldenUpdateCommand, goldenVerifyCommand } from "./commands/golden.js";
import { verifyCommand } from "./commands/verify.js";
import { checkCommand } from "./commands/check.js";
import { mergeCommand } from "./commands/merge.js";
import { checkSolverCommand, CHECK_SOLVER_DEFAULTS } from "./commands/check-solver.js";
import { serveCommand } from "./commands/serve.js";
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
    .option("--verbose", "print the full verdict table (default: a summary by model and the unexpected verdicts)")
    .addHelpText("after", "\nExamples:\n  qtherm verify                        # every claim\n  qtherm verify coupled-tls --verbose  # one model, every verdict\n  qtherm verify 'coupled-tls/*second-law*,two-site-chain-baths/spohn-63' --json")
    .action(async (pattern, options) => {
      code = await verifyCommand(pattern, { ...options, ...(signal ? { signal } : {}) }, io);
    });

  program
    .command("check")
    .description("check your own claims (a YAML or JSON claim file: formulas, limits, invariants, identities about a model) against exact dynamics; exit 1 when one fails, 2 for a bad file, 4 when one is undecided")
    .argument("[files...]", "claim files (.yaml, .yml, .json); docs/checking-your-formula.md")
    .option("--json", "print the JSON report")
    .option("--html <dir>", "also write the HTML report (plots: formula vs exact, error vs the limit parameter, counterexamples)")
    .option("--out <file>", "also write the JSON report to a file")
    .option("--seed <n>", "seed of every property run")
    .option("--path <path>", "fast-check replay path of a counterexample (with --claim)")
    .option("--runs <n>", "property samples per claim (default: QTHERM_PROPERTY_RUNS or 40)")
    .option("--claim <id>", "only this claim of the files")
    .option("--schema", "print the JSON Schema of the claim file format")
    .addHelpText("after", "\nExamples:\n  qtherm check examples/claims/coupled-tls.yaml\n  qtherm check my-claims.yaml --claim second-order-current --seed 20140401 --path 3:0:1\n  qtherm check --schema > claim-file.schema.json")
    .action(async (files, options) => {
      code = await checkCommand(files, options, io);
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
    .description("evaluate a model quantity at given parameters (without a quantity: list its quantities and parameters; without a model: list the models)")
    .argument("[model]", "model id")
    .argument("[quantity]", "quantity name")
    .option("--set <name=value>", "set a parameter (repeatable); name=v1,v2,… evaluates at each value", (value: string, previous: string[] = []) => [...previous, value])
    .option("--grid <name=v1,v2,…>", "evaluate on the outer product of every --grid list (repeatable; the first varies slowest)", (value: string, previous: string[] = []) => [...previous, value])
    .option("--json", 'print {"model","quantity","params","units","unit","backend","value"} (with lists: "axes" and "rows")')
    .addHelpText("after", "\nExamples:\n  qtherm eval coupled-tls heat-current-A --set epsilon=0.01 --json\n  qtherm eval coupled-tls heat-current-A --grid betaA=0.5,1 --grid epsilon=0.001,0.01,0.1")
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
    .option("--list", "list the figures: ids, sources, stored goldens, measured paper-size times")
    .option("--json", "with --list: machine-readable")
    .addHelpText("after", "\nExamples:\n  qtherm figure --list\n  qtherm figure coupled-tls/heat-current-vs-coupling --size paper --out out")
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
    .option("--require-all", "fail when a column of the golden is missing from the file (default: compare the columns present)")
    .option("--delimiter <d>", "CSV delimiter: ',', ';' or tab (default: detected from the header)")
    .addHelpText("after", "\nExamples:\n  qtherm compare --schema coupled-tls/heat-current-vs-coupling\n  qtherm compare out.csv --golden coupled-tls/heat-current-vs-coupling --json")
    .action((file, options) => {
      code = compareCommand(file, options, io);
    });

  program
    .command("check-solver")
    .description("check a solver written in any language over qtherm's JSON-lines protocol (docs/python-and-julia.md): checkSolver's checks, each sample a request; exit 1 when a check fails or the solver misbehaves")
    .argument("<model>", "model id (coupled-tls, two-site-chain-baths, oscillator-mediator, set-entropy-production, resonant-level-probes)")
    .requiredOption("--exec <command>", "the command that starts the solver, e.g. \"python3 my_solver.py\"")
    .option("--quantities <a,b>", "check only these quantities (default: all the solver offers)")
    .option("--runs <n>", "samples per check (default: QTHERM_PROPERTY_RUNS or 40)")
    .option("--seed <n>", "seed of the fast-check runs")
    .option("--path <path>", "fast-check replay path of a counterexample (with its --seed)")
    .option("--timeout <s>", `per-request timeout in seconds, a guard against a hung solver (default ${CHECK_SOLVER_DEFAULTS.timeout})`)
    .option("--startup-timeout <s>", `time for the solver's handshake line in seconds (default ${CHECK_SOLVER_DEFAULTS.startupTimeout})`)
    .option("--coupling <kind>", "coupled-tls: only 'coherent' or 'incoherent' coupling")
    .option("--initial <kind>", "set-entropy-production: populations checks only for 'thermal' or 'pure' initial states")
    .option("--json", "print the JSON report")
    .option("--html <dir>", "also write index.html and report.json into a directory")
    .addHelpText("after", '\nExamples:\n  qtherm check-solver coupled-tls --exec "python3 examples/python/coupled_tls_numpy_solver.py"\n  qtherm check-solver coupled-tls --exec "python3 my_solver.py" --seed 42 --path 3:1:0 --quantities heat-current-A')
    .action(async (model, options) => {
      code = await checkSolverCommand(model, { ...options, ...(signal ? { signal } : {}) }, io);
    });

  program
    .command("serve")
    .description("answer JSON-lines requests on stdin (eval, models, describe, claims, verify) until end of input: qtherm for scripts in any language (docs/python-and-julia.md)")
    .addHelpText("after", '\nExample:\n  echo \'{"id": 1, "model": "coupled-tls", "quantity": "heat-current-A", "params": {"epsilon": 0.01}}\' | qtherm serve')
    .action(async () => {
      code = await serveCommand(signal ? { signal } : {}, io);
    });

  try {
    await program.parseAsync([...argv], { from: "node" });
    return code;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof IoError) {
    io.err(`error: ${error.message}`);
    return EXIT.io;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code) && typeof (error as NodeJS.ErrnoException).syscall === "string") {
    // a file-system failure that no pre-check caught: one line, no stack
    const e = error as NodeJS.ErrnoException;
    io.err(`error: cannot ${e.syscall} ${e.path ?? ""}: ${describeIo(e)}`);
    return EXIT.io;
  }
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
  // a bug of qtherm's: one line for the user, the stack only on request
  io.err(`internal error: ${error instanceof Error ? error.message : String(error)} — please report it (QTHERM_DEBUG=1 prints the stack)`);
  if (process.env.QTHERM_DEBUG === "1" && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT.internal;
}
