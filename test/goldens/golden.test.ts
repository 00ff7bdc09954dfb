import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import type { FigureDefinition } from "../../src/core/model.js";
import { tolerance } from "../../src/core/tolerance.js";
import { buildGolden } from "../../src/goldens/build-golden.js";
import { compareWithGolden, interpolateLinear } from "../../src/goldens/golden-compare.js";
import { goldenPath, parseGolden, readGolden, removeStaleTemporaries, writeGoldenAtomically } from "../../src/goldens/golden-store.js";
import { TEMPORARY_MARKER, temporaryPathFor } from "../../src/core/atomic-file.js";
import { assertSortedGrid, parseUserData } from "../../src/goldens/user-data.js";

/** A toy figure: y = x², z = sin x on a uniform grid. */
const figure: FigureDefinition = {
  id: "toy-model/parabola",
  title: "toy",
  source: { doc: "none", where: "test" },
  claim: "toy-model/parabola",
  grid: "x",
  schema: [
    { name: "x", unit: "1", description: "grid" },
    { name: "y", unit: "1", description: "x²" },
    { name: "z", unit: "1", description: "sin x" },
  ],
  tolerance: tolerance(1e-9, 1e-12, "test data computed in double precision"),
  generate: () => {
    const x = Array.from({ length: 11 }, (_, i) => i / 10);
    return { params: { points: 11 }, columns: { x, y: x.map((v) => v * v), z: x.map(Math.sin) } };
  },
};
const provenance = { version: "0.0.0", commit: "test", date: "2026-01-01T00:00:00Z", node: "v20" };

function toyGolden() {
  return buildGolden(figure, "ci", figure.generate("ci") as never, provenance);
}

describe("golden files", () => {
  it("round-trip through an atomic write without leaving temporary files", () => {
    const dir = mkdtempSync(join(tmpdir(), "qtherm-golden-"));
    const { path, written } = writeGoldenAtomically(toyGolden(), dir);
    expect(written).toBe(true);
    expect(path).toBe(goldenPath("toy-model/parabola", "ci", dir));
    expect(readdirSync(join(dir, "toy-model"))).toEqual(["parabola.ci.json"]);
    const back = readGolden("toy-model/parabola", "ci", dir);
    expect(back.data.y[3]).toBeCloseTo(0.09, 15);
    expect(back.tolerance.reason).toContain("double precision");
  });

  it("does not rewrite a golden whose content is unchanged (only provenance differs), and rewrites one whose data changed", () => {
    const dir = mkdtempSync(join(tmpdir(), "qtherm-golden-"));
    const first = writeGoldenAtomically(toyGolden(), dir);
    const before = readFileSync(first.path, "utf8");
    const later = { ...toyGolden(), provenance: { ...provenance, date: "2027-01-01T00:00:00Z", commit: "other" } };
    expect(writeGoldenAtomically(later, dir).written).toBe(false);
    expect(readFileSync(first.path, "utf8")).toBe(before);
    const changed = { ...later, data: { ...later.data, y: later.data.y.map((v, i) => (i === 2 ? v + 1e-3 : v)) } };
    expect(writeGoldenAtomically(changed, dir).written).toBe(true);
    expect(readGolden("toy-model/parabola", "ci", dir).provenance.commit).toBe("other");
  });

  it("writes temporaries as hidden files that git and the package ignore, and removes those of dead processes", () => {
    const dir = mkdtempSync(join(tmpdir(), "qtherm-golden-"));
    const target = goldenPath("toy-model/parabola", "ci", dir);
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    const stale = temporaryPathFor(target, deadPid);
    mkdirSync(join(dir, "toy-model"), { recursive: true });
    writeFileSync(stale, "{ half");
    expect(stale.endsWith(".json")).toBe(false);
    expect(readFileSync(resolve(__dirname, "..", "..", ".gitignore"), "utf8")).toContain(`*${TEMPORARY_MARKER}*`);
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "..", "..", "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("goldens/**/*.json");
    expect(pkg.files).not.toContain("goldens");
    const live = temporaryPathFor(target, process.pid);
    writeFileSync(live, "{ being written");
    expect(removeStaleTemporaries(dir)).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    rmSync(live);
  });

  it("names the missing file and the command that creates it", () => {
    const dir = mkdtempSync(join(tmpdir(), "qtherm-golden-"));
    expect(() => readGolden("toy-model/parabola", "paper", dir)).toThrow(/qtherm golden update toy-model\/parabola --size paper/);
  });

  it("rejects malformed goldens with the failing field", () => {
    const golden = toyGolden() as Record<string, unknown>;
    expect(() => parseGolden(JSON.stringify({ ...golden, tolerance: { rtol: -1, atol: 0, reason: "x" } }), "bad.json")).toThrow(/bad.json .*tolerance.rtol/);
    expect(() => parseGolden("{not json", "broken.json")).toThrow(/broken.json is not valid JSON/);
  });

  it("refuses to build a golden with a non-finite value", () => {
    const data = { params: {}, columns: { x: [0, 1], y: [0, NaN], z: [0, 1] } };
    expect(() => buildGolden(figure, "ci", data, provenance)).toThrow(/y\[1\]' = NaN/);
  });
});

describe("comparison with a golden", () => {
  it("accepts identical data and reports zero error", () => {
    const golden = toyGolden();
    const result = compareWithGolden(golden.data, golden);
    expect(result.close).toBe(true);
    expect(result.worst?.result.worstAbsoluteError).toBe(0);
  });

  it("finds the worst point of a perturbed column", () => {
    const golden = toyGolden();
    const y = golden.data.y.slice();
    y[7] += 1e-6;
    const result = compareWithGolden({ ...golden.data, y }, golden);
    expect(result.close).toBe(false);
    expect(result.worst?.column).toBe("y");
    expect(result.worst?.worstGridValue).toBeCloseTo(0.7, 15);
    expect(result.worst?.result.worstAbsoluteError).toBeCloseTo(1e-6, 12);
  });

  it("rejects a different grid unless interpolation is allowed, then interpolates", () => {
    const golden = toyGolden();
    const x = Array.from({ length: 2001 }, (_, i) => i / 2000);
    const data = { x, y: x.map((v) => v * v), z: x.map(Math.sin) };
    expect(() => compareWithGolden(data, golden)).toThrow(/grid 'x'/);
    const result = compareWithGolden(data, golden, { interpolate: true });
    expect(result.interpolated).toBe(true);
    // linear interpolation of x² on spacing h = 5e-4 errs by at most h²/4 = 6.25e-8 — far above the golden's 1e-9:
    expect(result.columns.find((c) => c.column === "y")!.result.worstAbsoluteError).toBeLessThanOrEqual(6.25e-8);
  });

  it("names a missing column and a NaN value", () => {
    const golden = toyGolden();
    expect(() => compareWithGolden({ x: golden.data.x, y: golden.data.y }, golden)).toThrow(/column 'z'/);
    const z = golden.data.z.slice();
    z[2] = NaN;
    expect(() => compareWithGolden({ ...golden.data, z }, golden)).toThrow(/z\[2\]' = NaN/);
  });

  it("interpolates linearly on increasing and decreasing grids", () => {
    expect(interpolateLinear([0, 1, 2], [0, 10, 20], 1.5)).toBe(15);
    expect(interpolateLinear([2, 1, 0], [20, 10, 0], 0.5)).toBe(5);
  });
});

describe("users' data files", () => {
  it("reads CSV with comments and JSON in three shapes", () => {
    expect(parseUserData("# my solver\nx,y\n0,1\n1,2\n", "csv", "f.csv").columns).toEqual({ x: [0, 1], y: [1, 2] });
    expect(parseUserData('{"data":{"x":[0,1]}}', "json", "f.json").columns).toEqual({ x: [0, 1] });
    expect(parseUserData('{"columns":{"x":[0,1]}}', "json", "f.json").columns).toEqual({ x: [0, 1] });
    expect(parseUserData('{"x":[0,1],"note":"hi"}', "json", "f.json").columns).toEqual({ x: [0, 1] });
  });

  it.each([
    ["quoted fields with the delimiter inside", 'x,"y, in units of Γ"\n0,1\n', { x: [0], "y, in units of Γ": [1] }, ","],
    ["a byte-order mark and CRLF line ends", "\uFEFFx,y\r\n0,1\r\n2,3\r\n", { x: [0, 2], y: [1, 3] }, ","],
    ["semicolons (detected)", "x;y\n0;1.5\n", { x: [0], y: [1.5] }, ";"],
    ["tabs (detected)", "x\ty\n0\t1e-3\n", { x: [0], y: [0.001] }, "\t"],
    ["spaces around cells", "x , y\n 0 , 1 \n", { x: [0], y: [1] }, ","],
  ])("reads CSV with %s", (_name, text, columns, delimiter) => {
    const data = parseUserData(text, "csv", "f.csv");
    expect(data.columns).toEqual(columns);
    expect(data.delimiter).toBe(delimiter);
  });

  it("takes the delimiter the user gives and refuses an unknown one", () => {
    expect(parseUserData("x;y\n0;1\n", "csv", "f.csv", { delimiter: ";" }).columns).toEqual({ x: [0], y: [1] });
    expect(() => parseUserData("x|y\n0|1\n", "csv", "f.csv", { delimiter: "|" })).toThrow(/--delimiter/);
  });

  it.each([
    ["x,y\n0,1\n1\n", "csv", /f: line 3' = "1 cells".*2 cells as in the header/],
    ["x,y\n0,nan\n", "csv", /line 2, column 'y'' = "nan"/],
    ["x,y\n0,0x10\n", "csv", /column 'y'' = "0x10".*plain decimal/],
    ["x,y\n0,\n", "csv", /column 'y'' = ""/],
    ["x,x\n0,1\n", "csv", /unique column names/],
    ["x,\n0,1\n", "csv", /a name for every column/],
    ["x\n", "csv", /at least one data row/],
    ['{"x":[0,null]}', "json", /x\[1\]/],
    ['{"x":[0,"1e"]}', "json", /x\[1\]/],
    ["[1,2]", "json", /JSON object of columns/],
  ] as const)("rejects %j with a message naming the line, column and value", (text, format, message) => {
    expect(() => parseUserData(text, format, "f")).toThrow(message);
    expect(() => parseUserData(text, format, "f")).toThrow(ParameterError);
  });

  it.each([
    ["ascending", "x,y\n0,1\n1,2\n2,3\n", undefined],
    ["descending", "x,y\n2,1\n1,2\n0,3\n", undefined],
    ["shuffled", "x,y\n0,1\n2,2\n1,3\n", /line 4, grid 'x'' = 1.*a sorted grid \(ascending until line 3 = 2\); shuffled rows are refused/],
    ["duplicated", "x,y\n0,1\n1,2\n1,3\n", /line 4, grid 'x'' = 1.*distinct grid values/],
  ])("accepts a sorted grid and refuses a shuffled or duplicated one (%s)", (_name, text, message) => {
    const data = parseUserData(text, "csv", "f.csv");
    if (message === undefined) expect(() => assertSortedGrid(data, "x", "f.csv")).not.toThrow();
    else expect(() => assertSortedGrid(data, "x", "f.csv")).toThrow(message);
  });
});
