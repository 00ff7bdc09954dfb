// A plain JavaScript task module: the pool's workers load it with import(), the path taken
// from the compiled dist/ (no tsx involved).
import { threadId } from "node:worker_threads";

export function cubeWithThread(x) {
  return { value: x * x * x, thread: threadId };
}
