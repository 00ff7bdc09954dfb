import { z } from "zod";

/**
 * The claim file format (schema "qtherm-claims/1"): a physicist's claims about one model,
 * in YAML or JSON, decided by `qtherm check` with the judge, evidence and reports of the
 * built-in claims (docs/checking-your-formula.md). This zod schema is the single source of
 * the format: it checks the structure of every file (the semantic checks — known model,
 * quantities, parameters, symbols, domains — follow in check-claim-file.ts), and the JSON
 * Schema shipped as schemas/claim-file.schema.json and printed by `qtherm check --schema`
 * is generated from it ({@link claimFileJsonSchema}; a test keeps the file in sync).
 */

export const CLAIM_FILE_SCHEMA = "qtherm-claims/1";

const formula = (what: string) => z.union([z.string().min(1), z.number()]).describe(what);

const shortName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/)
  .describe("short name of letters, digits and '-'; the claim's id is '<model>/<id>'");

const range = z
  .union([
    z.tuple([z.number(), z.number()]).describe("[min, max]: sampled in the model's scale for the parameter (log or linear, as `qtherm eval <model>` samples it)"),
    z
      .strictObject({
        min: z.number(),
        max: z.number(),
        scale: z.enum(["linear", "log"]).optional().describe("uniform or log-uniform sampling (log needs min > 0)"),
      })
      .describe("{ min, max, scale }"),
    z.array(z.string()).min(1).describe("options of a choice parameter, each sampled"),
  ])
  .describe("where a parameter is sampled");

const domain = z
  .record(z.string(), range)
  .describe("sampled parameters: name → [min, max] | { min, max, scale } | [option, …]; inside the model's own parameter domain and relations");

const fixed = z
  .record(z.string(), z.union([z.number(), z.string()]))
  .describe("parameters held fixed: name → number, option of a choice parameter, or a formula of other parameters (e.g. gammaB: gammaA)");

const define = z
  .record(z.string(), formula("the definition's body"))
  .describe("local symbols (w: omegaA) and one-argument helper functions (x(b): exp(-b*w)), substituted into the formulas syntactically");

const tolerance = {
  rtol: z.number().min(0).optional().describe("relative tolerance: |a − b| ≤ atol + rtol·max(|a|, |b|)"),
  atol: z.number().min(0).optional().describe("absolute tolerance (same rule)"),
};

const common = {
  id: shortName,
  statement: z.string().min(1).describe("the claim in words (where it comes from, what it says)"),
  where: z.string().min(1).optional().describe("place in your source: 'notes p. 3', 'eq. (12)' (default: 'claim file')"),
  tex: z.string().min(1).optional().describe("the formula in TeX, for the HTML report"),
  reason: z.string().min(1).describe("why the tolerance (or order window, or slack) has its numbers: the physics or numerics that sets them"),
  define: define.optional(),
  domain: domain.optional(),
  fixed: fixed.optional(),
};

const agreement = z
  .strictObject({
    ...common,
    kind: z.literal("agreement"),
    formula: formula("your formula, in the model's parameters (and Q(quantity) references)"),
    against: z.string().min(1).describe("the quantity it must equal: a name `qtherm eval <model>` lists, with .field / [index] for records and arrays (steady-state.re[0][0])"),
    ...tolerance,
  })
  .describe("formula = quantity within {rtol, atol}, at every sampled point of the domain");

const limit = z
  .strictObject({
    ...common,
    kind: z.literal("limit"),
    formula: formula("your approximation, in the model's parameters (and Q(quantity) references)"),
    against: z.string().min(1).describe("the quantity it approximates (see agreement)"),
    limit: z
      .strictObject({
        parameter: z.string().min(1).describe("the parameter that approaches its limit (not in domain or fixed)"),
        to: z.union([z.number(), z.enum(["infinity", "-infinity"])]).describe("the limit value: a number or infinity"),
        scale: formula("the scale s of the approach (default 1): h = |p − to|/s, or h = s/|p| for infinity").optional(),
        side: z.enum(["above", "below"]).optional().describe("approach a finite limit from above (default) or below"),
        order: z.number().describe("stated order p: the relative error |formula − quantity|/|quantity| ∝ h^p"),
        window: z.number().gt(0).describe("the fitted order must lie within order ± window"),
        span: z.tuple([z.number().gt(0), z.number().gt(0)]).optional().describe("h from span[0] down to span[1] (default [0.1, 0.001])"),
        points: z.number().int().min(3).max(40).optional().describe("log-spaced values of h (default 6)"),
        monotone: z.boolean().optional().describe("also require the error to decrease strictly along the approach"),
      })
      .describe("the approach"),
  })
  .describe("the relative error falls with the stated order as the parameter approaches its limit, at every sampled point of the rest of the domain");

const invariant = z
  .strictObject({
    ...common,
    kind: z.literal("invariant"),
    formula: formula("a comparison of expressions of quantities Q(name) and parameters: lhs >= rhs, lhs > rhs, lhs <= rhs, lhs < rhs, lhs == rhs, or a chain 0 <= Q(x) <= 1"),
    scale: formula("natural size of the compared values: inequalities allow slack·scale of round-off (default 1)").optional(),
    slack: z.number().min(0).optional().describe("round-off allowance of inequalities, relative to scale (default 0)"),
    ...tolerance,
  })
  .describe("a comparison that must hold at every sampled point (inequalities: sign with slack·scale; ==: {rtol, atol})");

const identity = z
  .strictObject({
    ...common,
    kind: z.literal("identity"),
    formula: formula("one side, in the model's parameters (no quantities)"),
    equals: formula("the other side"),
    rtol: z.number().gt(0).optional().describe("relative tolerance of the numeric half (default 1e-9)"),
    atol: z.number().min(0).optional().describe("absolute tolerance of the numeric half (default 0)"),
  })
  .describe("two formulas equal: decided by exact algebra and by numeric evaluation at random domain points (both must agree; an engine that cannot decide gives 'undecided')");

export const userClaimSchema = z.discriminatedUnion("kind", [agreement, limit, invariant, identity]);

export const claimFileSchema = z
  .strictObject({
    schema: z.literal(CLAIM_FILE_SCHEMA).optional().describe(`format version, "${CLAIM_FILE_SCHEMA}"`),
    model: z.string().min(1).describe("the model id (`qtherm eval` lists them)"),
    source: z.string().min(1).optional().describe("the document the claims come from (default: the file's name)"),
    define: define.optional(),
    domain: domain.optional(),
    fixed: fixed.optional(),
    claims: z.array(userClaimSchema).min(1).describe("the claims; each may extend define and override domain and fixed per parameter"),
  })
  .describe("A qtherm claim file: claims about one model, decided by `qtherm check` (docs/checking-your-formula.md).");

export type ClaimFileData = z.infer<typeof claimFileSchema>;
export type UserClaimData = z.infer<typeof userClaimSchema>;
export type RangeData = z.infer<typeof range>;

/** The keys each object of the format allows, by kind (for "unknown field … did you mean" messages). */
export function allowedKeys(path: readonly (string | number)[], kind: string | undefined): readonly string[] {
  const shapes: Record<string, z.ZodObject> = { agreement, limit, invariant, identity };
  if (path.length === 0) return Object.keys(claimFileSchema.shape);
  if (path[0] === "claims" && path.length === 2) return kind !== undefined && shapes[kind] ? Object.keys(shapes[kind].shape) : ["kind", ...Object.keys(common)];
  if (path[0] === "claims" && path.length === 3 && path[2] === "limit") return Object.keys(limit.shape.limit.shape);
  return ["min", "max", "scale"];
}

/**
 * The JSON Schema of the claim file format (draft 2020-12), generated from the zod schema:
 * what schemas/claim-file.schema.json holds and `qtherm check --schema` prints.
 */
export function claimFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(claimFileSchema) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: `qtherm claim file (${CLAIM_FILE_SCHEMA})`,
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== "$schema")),
  };
}

/** The shipped file's exact text: the JSON Schema, two-space indented, with a final newline. */
export function claimFileSchemaText(): string {
  return `${JSON.stringify(claimFileJsonSchema(), null, 2)}\n`;
}
