import { ParameterError } from "../core/errors.js";
import { parseParameterValue, type ParameterSchema } from "../core/parameters.js";

/**
 * Parameter assignments of `qtherm eval`: `--set name=value` (repeatable; `name=v1,v2,…`
 * lists one parameter), `--grid name=v1,v2,…` (repeatable: the outer product of every grid).
 * Each value is parsed strictly against the model's schema (parseParameterValue); a
 * parameter given twice, in --set or --grid or both, is refused naming it.
 */
export interface Assignments {
  /** Fixed values. */
  readonly fixed: Readonly<Record<string, number | string>>;
  /** Swept parameters in the order given: each point of the outer product assigns one value of each. */
  readonly axes: readonly { readonly name: string; readonly values: readonly (number | string)[] }[];
}

/**
 * Parses --set and --grid options against a schema.
 * Throws ParameterError for a malformed assignment, a repeated parameter, an empty list or a bad value.
 * @example parseAssignments(schema, ["betaA=1"], ["epsilon=0.01,0.1"]).axes[0].values // [0.01, 0.1]
 */
export function parseAssignments<P>(schema: ParameterSchema<P>, set: readonly string[] = [], grid: readonly string[] = []): Assignments {
  const fixed: Record<string, number | string> = {};
  const axes: { name: string; values: (number | string)[] }[] = [];
  const seen = new Map<string, string>();
  const parse = (option: "--set" | "--grid", assignment: string) => {
    const eq = assignment.indexOf("=");
    if (eq <= 0) throw new ParameterError(option, assignment, `name=value${option === "--grid" ? " with a comma-separated list of values" : " (or name=v1,v2,… for a list)"}`);
    const name = assignment.slice(0, eq);
    if (name !== name.trim()) throw new ParameterError(option, assignment, "name=value without spaces around the name");
    const previous = seen.get(name);
    if (previous !== undefined) throw new ParameterError(name, assignment, `one assignment per parameter (already given as '${previous}')`);
    seen.set(name, assignment);
    const text = assignment.slice(eq + 1);
    const list = text.split(",");
    if (list.some((v) => v === "")) throw new ParameterError(name, text, "values separated by single commas, none empty");
    const values = list.map((v) => parseParameterValue(schema, name, v));
    if (option === "--grid" || values.length > 1) axes.push({ name, values });
    else fixed[name] = values[0];
  };
  for (const a of set) parse("--set", a);
  for (const a of grid) parse("--grid", a);
  return { fixed, axes };
}

/**
 * The points of the outer product of the axes (the first axis varies slowest), each merged
 * with the fixed values.
 * @example gridPoints({ fixed: { a: 1 }, axes: [{ name: "b", values: [2, 3] }] }) // [{ a: 1, b: 2 }, { a: 1, b: 3 }]
 */
export function gridPoints(assignments: Assignments): Record<string, number | string>[] {
  let points: Record<string, number | string>[] = [{ ...assignments.fixed }];
  for (const axis of assignments.axes) points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.name]: v })));
  return points;
}
