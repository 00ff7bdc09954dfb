import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { parseSolverLine, ProtocolViolation, quote, readResponse, requestLine, type SolverResponse } from "./solver-protocol.js";

/**
 * A user's solver process, driven over the JSON-lines protocol (solver-protocol.ts) from the
 * main thread's event loop: spawn, handshake, one request at a time with a timeout, and
 * cleanup. The process runs in its own process group, so that the solver and anything it
 * started are killed together; every process still running when qtherm exits (normally, on
 * an exception, or an explicit exit call) is killed by an 'exit' hook.
 */

/** How a solver misbehaved. */
export type SolverFaultKind = "start" | "exit" | "timeout" | "not-json" | "wrong-id" | "malformed" | "handshake" | "unrequested-output";

/** A request as sent: protocol id, the solver's name of the quantity, the params. */
export interface SolverRequest {
  readonly id: number;
  readonly quantity: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A misbehaviour of the solver process: what happened, at which request, and the end of its stderr. */
export interface SolverFault {
  readonly kind: SolverFaultKind;
  readonly message: string;
  readonly request?: SolverRequest;
  /** The last lines the solver wrote to stderr (at most ~40 lines / 4000 characters). */
  readonly stderr?: string;
}

/** The error a request or the handshake rejects with once the process has faulted. */
export class SolverFaultError extends Error {
  constructor(readonly fault: SolverFault) {
    super(fault.message);
    this.name = "SolverFaultError";
  }
}

export interface SolverProcessOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Time from spawn to the handshake line, ms. */
  readonly startupTimeoutMs: number;
  /** Time for one answer, ms. */
  readonly requestTimeoutMs: number;
}

const STDERR_TAIL_CHARACTERS = 4000;
const live = new Set<SolverProcess>();
let exitHookInstalled = false;

/** Kills every solver process group still running (sync; the process 'exit' hook). */
export function killAllSolverProcesses(): void {
  for (const p of live) p.killNow();
}

export class SolverProcess {
  readonly pid: number | undefined;
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = "";
  private stderrTail = "";
  private waiter: { readonly request?: SolverRequest; readonly resolve: (message: unknown) => void; readonly reject: (error: SolverFaultError) => void; readonly timer: NodeJS.Timeout } | undefined;
  private faulted: SolverFault | undefined;
  private closing = false;
  private sentCount = 0;
  private exited = false;
  private readonly exitedPromise: Promise<void>;

  private constructor(
    readonly command: string,
    private readonly options: SolverProcessOptions,
  ) {
    const argv = splitCommand(command);
    // own process group (detached): the solver and its children are killed together, and a Ctrl-C
    // in the terminal reaches qtherm, which then cleans up, rather than the solver directly
    this.child = (argv ? spawn(argv[0], argv.slice(1), this.spawnOptions()) : spawn(command, { ...this.spawnOptions(), shell: true })) as ChildProcessWithoutNullStreams;
    this.pid = this.child.pid;
    live.add(this);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on("exit", killAllSolverProcesses);
    }
    this.child.stdout.setEncoding("utf8");
    this.child.stderr.setEncoding("utf8");
    this.child.stdout.on("data", (chunk: string) => this.onStdout(chunk));
    this.child.stderr.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARACTERS);
    });
    this.child.stdin.on("error", () => undefined); // EPIPE from a dead solver: its exit is reported instead
    this.exitedPromise = new Promise<void>((resolve) => {
      let status = "";
      this.child.on("exit", (code, signal) => {
        this.exited = true;
        status = signal !== null ? `was killed by signal ${signal}` : `exited with code ${code}`;
        this.killGroup(); // whatever the solver left running in its group
      });
      // 'close' comes after the solver's last output has been read: an answer printed just before exiting counts
      this.child.on("close", () => {
        live.delete(this);
        if (!this.closing) {
          const during = this.waiter?.request ? ` while answering request ${describeRequest(this.waiter.request)}` : this.waiter ? " before its handshake" : " between requests (a solver must keep reading requests until its stdin ends)";
          this.fail({ kind: "exit", message: `the solver ${status || "closed its output"}${during}` });
        }
        resolve();
      });
    });
    this.child.on("error", (error) => {
      if (this.child.pid === undefined) {
        this.exited = true;
        live.delete(this);
      }
      this.fail({ kind: "start", message: `could not start the solver command ${quote(command)}: ${error.message}` });
    });
  }

  /** Starts `command` (split into argv when it has no shell syntax, else run by /bin/sh). */
  static start(command: string, options: SolverProcessOptions): SolverProcess {
    return new SolverProcess(command, options);
  }

  /** Requests sent so far (the protocol ids are 1, 2, …). */
  get sent(): number {
    return this.sentCount;
  }

  /** The fault, once the solver has misbehaved. */
  get fault(): SolverFault | undefined {
    return this.faulted;
  }

  /** The last lines of the solver's stderr. */
  get stderr(): string {
    return this.stderrTail;
  }

  /**
   * The solver's first line, parsed (within the startup timeout).
   * @throws SolverFaultError when it does not come or is not JSON.
   */
  handshake(): Promise<unknown> {
    return this.await(undefined, this.options.startupTimeoutMs, () => `the solver printed no handshake line within ${this.options.startupTimeoutMs / 1000} s of its start (the startup timeout)`);
  }

  /** Writes qtherm's line to the solver (the handshake answer). */
  send(line: string): void {
    if (!this.exited) this.child.stdin.write(`${line}\n`);
  }

  /**
   * Sends one request (the next protocol id) and waits for its answer (within the request timeout).
   * @throws SolverFaultError when the solver has faulted, or faults now (no answer in time,
   *   not JSON, wrong id, malformed, exited); the process is then killed.
   */
  async request(quantity: string, params: Readonly<Record<string, unknown>>): Promise<SolverResponse> {
    if (this.faulted) throw new SolverFaultError(this.faulted);
    if (this.closing) throw new SolverFaultError({ kind: "exit", message: "qtherm stopped the solver" });
    const request: SolverRequest = { id: ++this.sentCount, quantity, params };
    const answer = this.await(request, this.options.requestTimeoutMs, () => `the solver did not answer request ${describeRequest(request)} within ${this.options.requestTimeoutMs / 1000} s (the per-request timeout, a guard against a hung solver; --timeout)`);
    this.child.stdin.write(`${requestLine(request.id, request.quantity, request.params)}\n`);
    const message = await answer;
    try {
      return readResponse(message, request.id);
    } catch (error) {
      if (!(error instanceof ProtocolViolation)) throw error;
      throw new SolverFaultError(this.fail({ kind: error.kind, message: `the solver ${error.message}`, request }));
    }
  }

  /**
   * Ends the solver: closes its stdin (a protocol solver exits on end of input), waits up to
   * `graceMs`, then kills its process group. Resolves when the process has exited.
   */
  async close(graceMs = 2000): Promise<void> {
    this.closing = true;
    this.settle()?.reject(new SolverFaultError({ kind: "exit", message: "qtherm stopped the solver" }));
    if (this.exited || this.child.pid === undefined) {
      live.delete(this);
      return;
    }
    this.child.stdin.end();
    const timer = setTimeout(() => this.killNow(), graceMs);
    // a process that escaped the group (setsid) may hold the pipes open: stop waiting for them
    let giveUp: NodeJS.Timeout | undefined;
    await Promise.race([this.exitedPromise, new Promise<void>((resolve) => (giveUp = setTimeout(resolve, graceMs + 3000)))]);
    clearTimeout(timer);
    clearTimeout(giveUp);
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) stream.destroy();
    live.delete(this);
  }

  /** Kills the solver's process group now (synchronous). */
  killNow(): void {
    this.closing = true;
    this.killGroup();
  }

  private killGroup(): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
      // the group is gone already
    }
  }

  private spawnOptions() {
    return { cwd: this.options.cwd, env: this.options.env ?? process.env, detached: true, stdio: ["pipe", "pipe", "pipe"] as ["pipe", "pipe", "pipe"] };
  }

  private await(request: SolverRequest | undefined, timeoutMs: number, timeoutMessage: () => string): Promise<unknown> {
    if (this.faulted) return Promise.reject(new SolverFaultError(this.faulted));
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => this.fail({ kind: "timeout", message: timeoutMessage(), ...(request ? { request } : {}) }), timeoutMs);
      this.waiter = { ...(request ? { request } : {}), resolve, reject, timer };
    });
  }

  private settle(): typeof this.waiter {
    const w = this.waiter;
    if (w) clearTimeout(w.timer);
    this.waiter = undefined;
    return w;
  }

  /** Records the first fault, kills the process, rejects whoever waits. */
  private fail(fault: Omit<SolverFault, "stderr">): SolverFault {
    if (this.faulted === undefined) {
      const request = fault.request ?? this.waiter?.request;
      this.faulted = { ...fault, ...(request ? { request } : {}), ...(this.stderrTail ? { stderr: tailLines(this.stderrTail) } : {}) };
      this.killNow();
      // stderr written just before the exit arrives a moment later: keep the fault's copy current
      this.child.stderr.on("data", () => {
        if (this.faulted) this.faulted = { ...this.faulted, stderr: tailLines(this.stderrTail) };
      });
    }
    this.settle()?.reject(new SolverFaultError(this.faulted));
    return this.faulted;
  }

  private onStdout(chunk: string): void {
    this.buffer += chunk;
    for (let newline = this.buffer.indexOf("\n"); newline >= 0; newline = this.buffer.indexOf("\n")) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, "");
      this.buffer = this.buffer.slice(newline + 1);
      if (line.trim() === "") continue;
      this.onLine(line);
      if (this.faulted) return;
    }
  }

  private onLine(line: string): void {
    if (this.faulted || this.closing) return;
    const waiter = this.waiter;
    if (waiter === undefined) {
      this.fail({ kind: "unrequested-output", message: `the solver printed a line nobody asked for: ${quote(line)} (stdout carries only the protocol's JSON lines; write logs to stderr)` });
      return;
    }
    let message: unknown;
    try {
      message = parseSolverLine(line);
    } catch (error) {
      const what = error instanceof ProtocolViolation ? error.message : String(error);
      this.fail({ kind: waiter.request ? "not-json" : "handshake", message: `the solver ${what}${waiter.request ? ` in answer to request ${describeRequest(waiter.request)}` : " as its handshake"}` });
      return;
    }
    this.settle()?.resolve(message);
  }
}

/** "#12 (heat-current-A)". */
export function describeRequest(request: SolverRequest): string {
  return `#${request.id} (${request.quantity})`;
}

function tailLines(text: string): string {
  return text.split("\n").slice(-40).join("\n").trimEnd();
}

/**
 * Splits a command line into argv when it uses no shell syntax (words, single and double
 * quotes, backslash escapes), so the solver is qtherm's direct child; undefined when it needs
 * a shell (pipes, redirections, variables, globs, `;`, `&&`, a leading VAR=value, `~`).
 * @example splitCommand("python3 'my solver.py' --n 3") // ["python3", "my solver.py", "--n", "3"]
 */
export function splitCommand(command: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word = (word ?? "") + command.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = "";
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if (command[j] === "$" || command[j] === "`") return undefined;
        if (command[j] === "\\" && j + 1 < command.length && '"\\$`'.includes(command[j + 1])) j++;
        text += command[j];
      }
      if (j >= command.length) return undefined;
      word = (word ?? "") + text;
      i = j;
    } else if (c === "\\") {
      if (i + 1 >= command.length) return undefined;
      word = (word ?? "") + command[++i];
    } else if ("|&;<>()$`*?[]{}!#".includes(c) || (c === "~" && word === undefined)) {
      return undefined;
    } else {
      if (c === "=" && words.length === 0 && word !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return undefined;
      word = (word ?? "") + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words.length > 0 ? words : undefined;
}
