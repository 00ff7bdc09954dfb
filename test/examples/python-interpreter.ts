import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * Python interpreters for the tests of the Python examples, adapters and client: the first of
 * `python3` on the PATH, then Debian's /usr/bin/python3, that imports every module asked for.
 * None does: an Error with the install command (the tests fail, they never skip silently).
 */
const CANDIDATES = ["python3", "/usr/bin/python3"];
const found = new Map<string, string | null>();

export function pythonWith(...modules: string[]): string {
  const key = modules.join(",");
  if (!found.has(key)) {
    const probe = modules.length > 0 ? `import ${modules.join(", ")}` : "pass";
    found.set(key, CANDIDATES.find((python) => spawnSync(python, ["-c", probe], { encoding: "utf8", timeout: 60_000 }).status === 0) ?? null);
  }
  const python = found.get(key);
  if (python) return python;
  const debian = modules.map((m) => `python3-${m}`).join(" ");
  throw new Error(`no Python interpreter (${CANDIDATES.join(", ")}) imports ${modules.join(", ") || "anything"}: install them, e.g. 'apt-get install -y python3 ${debian}' (.ci/run does) or 'pip install ${modules.join(" ")}'`);
}

/** True while a process with this id exists and is not a zombie (a zombie has exited; init reaps it). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0] !== "Z";
  } catch {
    return false;
  }
}

/** Waits up to `ms` for the process to be gone; returns whether it is. */
export async function gone(pid: number, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
