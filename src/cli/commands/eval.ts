import Table from "cli-table3";
import { findModel } from "../../catalog.js";
import { ParameterError, QthermError } from "../../core/errors.js";
import { describeDomain, parseParameterValue, resolveParameters } from "../../core/parameters.js";
import { EXIT, type CliIo } from "../io.js";

/**
 * `qtherm eval <model> [quantity] --set name=value …`: the scripting interface.
 * Without a quantity it lists the model's quantities and parameters.
 */
export function evalCommand(modelId: string, quantityName: string | undefined, options: { set?: string[]; json?: boolean }, io: CliIo): number {
  const model = findModel(modelId);
  if (quantityName === undefined) {
    if (options.json) {
      io.out(
        JSON.stringify(
          {
            model: model.id,
            quantities: model.quantities.map((q) => ({ name: q.name, method: q.method, source: q.source, description: q.description })),
            parameters: model.parameters.fields.map((f) => ({ ...f, domain: describeDomain(f) })),
            relations: model.parameters.relations.map((r) => r.statement),
          },
          null,
          1,
        ),
      );
      return EXIT.ok;
    }
    const quantities = new Table({ head: ["quantity", "method", "source", "description"], style: { head: [], border: [] } });
    for (const q of model.quantities) quantities.push([q.name, q.method, q.source, q.description]);
    const parameters = new Table({ head: ["parameter", "default", "domain", "unit", "meaning"], style: { head: [], border: [] } });
    for (const f of model.parameters.fields) {
      parameters.push([f.name, String(f.default), describeDomain(f), f.kind === "real" ? f.unit : "", f.description]);
    }
    io.out(`${model.title} (${model.id}, source ${model.doc})\n\nquantities:\n${quantities.toString()}\n\nparameters:\n${parameters.toString()}`);
    if (model.parameters.relations.length > 0) io.out(`relations:\n${model.parameters.relations.map((r) => `  - ${r.statement}`).join("\n")}`);
    return EXIT.ok;
  }
  const quantity = model.quantities.find((q) => q.name === quantityName);
  if (!quantity) {
    throw new ParameterError("quantity", quantityName, `one of ${model.quantities.map((q) => `'${q.name}'`).join(", ")} for model '${model.id}'`);
  }
  const partial: Record<string, unknown> = {};
  let sweep: { name: string; values: (number | string)[] } | undefined;
  for (const assignment of options.set ?? []) {
    const eq = assignment.indexOf("=");
    if (eq <= 0) throw new ParameterError("--set", assignment, "name=value (or name=v1,v2,… for one swept parameter)");
    const name = assignment.slice(0, eq).trim();
    const text = assignment.slice(eq + 1);
    if (text.includes(",")) {
      if (sweep !== undefined) throw new ParameterError("--set", assignment, `a single list; '${sweep.name}' is already swept`);
      sweep = { name, values: text.split(",").map((v) => parseParameterValue(model.parameters, name, v)) };
    } else {
      partial[name] = parseParameterValue(model.parameters, name, text);
    }
  }
  if (sweep === undefined) {
    const params = resolveParameters(model.parameters, partial);
    const value = quantity.evaluate(params);
    assertFinite(value, `${model.id} ${quantity.name}`);
    printValue(model.id, quantity, params as Record<string, unknown>, value, options.json, io);
    return EXIT.ok;
  }
  // name=v1,v2,… evaluates the quantity at each value (e.g. a list of times); value is the list of results
  const { name, values } = sweep;
  const points = values.map((v) => resolveParameters(model.parameters, { ...partial, [name]: v }));
  const results = points.map((params) => {
    const value = quantity.evaluate(params);
    assertFinite(value, `${model.id} ${quantity.name} at ${name}=${(params as Record<string, unknown>)[name]}`);
    return value;
  });
  printValue(model.id, quantity, { ...(points[0] as Record<string, unknown>), [name]: values }, results, options.json, io);
  return EXIT.ok;
}

function printValue(
  modelId: string,
  quantity: { name: string; method: string; source: string },
  params: Record<string, unknown>,
  value: unknown,
  json: boolean | undefined,
  io: CliIo,
): void {
  if (json) {
    io.out(JSON.stringify({ model: modelId, quantity: quantity.name, params, value }));
    return;
  }
  io.out(`${modelId} ${quantity.name} (${quantity.method}, ${quantity.source})`);
  io.out(`params: ${Object.entries(params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : v}`).join(" ")}`);
  io.out(`value: ${JSON.stringify(value, null, 1)}`);
}

/** Nothing leaves qtherm as NaN silently: a non-finite number in a result is an error naming where. */
function assertFinite(value: unknown, where: string, path = "value"): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new QthermError(`${where} produced a non-finite number at ${path}: ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, where, `${path}[${i}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) assertFinite(v, where, `${path}.${k}`);
  }
}
