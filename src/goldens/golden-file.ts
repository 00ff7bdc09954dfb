import { z } from "zod";

/**
 * The golden file format (DESIGN §6): figure data with the tolerance it is
 * compared under, the parameters and generator that made it, and provenance.
 */

export const GOLDEN_SCHEMA = "qtherm-golden/1";

const toleranceSchema = z.object({
  rtol: z.number().nonnegative(),
  atol: z.number().nonnegative(),
  reason: z.string().min(1),
});

const columnSchema = z.object({ name: z.string().min(1), unit: z.string(), description: z.string() });

export const goldenFileSchema = z.object({
  schema: z.literal(GOLDEN_SCHEMA),
  id: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9-]+$/),
  size: z.enum(["ci", "paper"]),
  title: z.string(),
  claim: z.string(),
  source: z.object({ doc: z.string(), where: z.string() }),
  generator: z.string(),
  params: z.record(z.string(), z.unknown()),
  grid: z.string(),
  columns: z.array(columnSchema).min(1),
  tolerance: toleranceSchema,
  provenance: z.object({ version: z.string(), commit: z.string(), date: z.string(), node: z.string() }),
  data: z.record(z.string(), z.array(z.number())),
});

export type GoldenFile = z.infer<typeof goldenFileSchema>;
