import { MODELS, findModel } from "../../catalog.js";
import { ParameterError, QthermError } from "../../core/errors.js";
import type { ModelDefinition, QuantityDefinition, QuantityValue } from "../../core/model.js";
import { describeDomain, resolveParameters, suggestion } from "../../core/parameters.js";
import { citationOf } from "../../core/sources.js";
import { gridPoints, parseAssignments } from "../assignments.js";
import { linalgBackend } from "../environment.js";
import { EXIT, type CliIo } from "../io.js";
import { renderTable, wrapText } from "../../report/terminal-table.js";

/**
 * `qtherm eval [model] [quantity] --set name=value … --grid name=v1,v2,… …`: the scripting
 * interface. Without a model it lists the models; without a quantity, the model's quantities
 * and parameters (units, domains, relations). `--set name=v1,v2,…` or `--grid` evaluates at
 * every point of the outer product of the lists (the first list varies slowest); with
 * --json the result carries the units of the parameters and of the value, and the
 * linear-algebra backend that ran.
 */
export function evalCommand(modelId: string | undefined, quantityName: string | undefined, options: { set?: string[]; grid?: string[]; json?: boolean }, io: CliIo): number {
  if (modelId === undefined) return listModels(options.json, io);
  const model = findModel(modelId);
  if (quantityName === undefined) return describeModel(model, options.json, io);
  const quantity = model.quantities.find((q) => q.name === quantityName);
  if (!quantity) {
    const names = model.quantities.map((q) => q.name);
    throw new ParameterError("quantity", quantityName, `one of ${names.map((q) => `'${q}'`).join(", ")} for model '${model.id}'${suggestion(quantityName, names)}`);
  }
  const assignments = parseAssignments(model.parameters, options.set, options.grid);
  const units = Object.fromEntries(model.parameters.fields.map((f) => [f.name, f.kind === "real" ? f.unit : "choice"]));
  // validate every point before evaluating any (bad input fails before the work)
  const points = gridPoints(assignments).map((p) => resolveParameters(model.parameters, p) as Record<string, unknown>);
  const values = points.map((params) => {
    const value = quantity.evaluate(params);
    assertFinite(value, `${model.id} ${quantity.name}${assignments.axes.length > 0 ? ` at ${assignments.axes.map((a) => `${a.name}=${params[a.name]}`).join(", ")}` : ""}`);
    return value;
  });
  const backend = linalgBackend();
  if (assignments.axes.length === 0) {
    if (options.json) {
      io.out(JSON.stringify({ model: model.id, quantity: quantity.name, params: points[0], units, unit: quantity.unit ?? null, backend, value: values[0] }));
    } else {
      io.out(`${model.id} ${quantity.name} (${quantity.method}, ${quantity.source}${quantity.unit !== undefined && typeof quantity.unit === "string" ? `; unit ${quantity.unit}` : ""})`);
      io.out(`params: ${Object.entries(points[0]).map(([k, v]) => `${k}=${v}`).join(" ")}`);
      io.out(`value: ${JSON.stringify(values[0], null, 1)}`);
    }
    return EXIT.ok;
  }
  const axes = assignments.axes.map((a) => a.name);
  if (options.json) {
    io.out(
      JSON.stringify({
        model: model.id,
        quantity: quantity.name,
        params: { ...points[0], ...Object.fromEntries(assignments.axes.map((a) => [a.name, a.values])) },
        axes,
        units,
        unit: quantity.unit ?? null,
        backend,
        rows: points.map((p, i) => ({ params: Object.fromEntries(axes.map((a) => [a, p[a]])), value: values[i] })),
        // kept for scripts written against the single-list form: the values in point order
        value: values,
      }),
    );
    return EXIT.ok;
  }
  io.out(`${model.id} ${quantity.name} (${quantity.method}, ${quantity.source}) at ${points.length} points; fixed: ${Object.entries(assignments.fixed).map(([k, v]) => `${k}=${v}`).join(" ") || "defaults"}`);
  const scalar = values.every((v) => typeof v === "number");
  const rows = points.map((p, i) => [...axes.map((a) => String(p[a])), scalar ? String(values[i]) : JSON.stringify(values[i])]);
  io.out(renderTable([...axes, quantity.name], rows, io.columns));
  return EXIT.ok;
}

function listModels(json: boolean | undefined, io: CliIo): number {
  if (json) {
    io.out(JSON.stringify(MODELS.map((m) => ({ id: m.id, title: m.title, source: { doc: m.doc, citation: citationOf(m.doc).short }, quantities: m.quantities.map((q) => q.name) })), null, 1));
    return EXIT.ok;
  }
  io.out(renderTable(["model", "source", "quantities"], MODELS.map((m) => [m.id, citationOf(m.doc).short, m.quantities.map((q) => q.name).join(", ")]), io.columns));
  io.out(wrapText("qtherm eval <model> lists a model's quantities and parameters; qtherm eval <model> <quantity> --set name=value evaluates one.", io.columns));
  return EXIT.ok;
}

function describeModel(model: ModelDefinition, json: boolean | undefined, io: CliIo): number {
  if (json) {
    io.out(
      JSON.stringify(
        {
          model: model.id,
          title: model.title,
          source: { doc: model.doc, citation: citationOf(model.doc).short },
          quantities: model.quantities.map((q) => ({ name: q.name, method: q.method, source: q.source, unit: q.unit ?? null, description: q.description })),
          parameters: model.parameters.fields.map((f) => ({ ...f, domain: describeDomain(f) })),
          relations: model.parameters.relations.map((r) => r.statement),
        },
        null,
        1,
      ),
    );
    return EXIT.ok;
  }
  const quantityRows = model.quantities.map((q: QuantityDefinition<unknown>) => [q.name, q.method, q.source, q.description]);
  const parameterRows = model.parameters.fields.map((f) => [f.name, String(f.default), describeDomain(f), f.kind === "real" ? f.unit : "", f.description]);
  io.out(wrapText(`${model.title} (${model.id}; ${citationOf(model.doc).short}, ${model.doc})`, io.columns));
  io.out(`\nquantities:\n${renderTable(["quantity", "method", "source", "description"], quantityRows, io.columns)}`);
  io.out(`\nparameters:\n${renderTable(["parameter", "default", "domain", "unit", "meaning"], parameterRows, io.columns)}`);
  if (model.parameters.relations.length > 0) io.out(`relations:\n${model.parameters.relations.map((r) => wrapText(`  - ${r.statement}`, io.columns)).join("\n")}`);
  return EXIT.ok;
}

/** Nothing leaves qtherm as NaN silently: a non-finite number in a result is an error naming where. */
function assertFinite(value: QuantityValue | unknown, where: string, path = "value"): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new QthermError(`${where} produced a non-finite number at ${path}: ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, where, `${path}[${i}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) assertFinite(v, where, `${path}.${k}`);
  }
}
