import { describe, expect, it } from "vitest";
import { compareWithGolden } from "../../../src/goldens/golden-compare.js";
import { readGolden } from "../../../src/goldens/golden-store.js";
import { chainFigure, fig2, fig3, fig4, finiteBathFigure, oscillatorMediatorFigures } from "../../../src/models/oscillator-mediator/figures.js";

describe("oscillator-mediator goldens (ci size)", () => {
  it.each(oscillatorMediatorFigures.map((f) => [f.id, f] as const))("%s regenerates within the golden's tolerance", async (_, figure) => {
    const golden = readGolden(figure.id, "ci");
    const data = await figure.generate("ci");
    const result = compareWithGolden(data.columns, golden);
    const w = result.worst;
    expect(result.close, w ? `${w.column}: worst at grid ${w.worstGridValue}, actual ${w.result.worstActual}, golden ${w.result.worstExpected}` : "no columns").toBe(true);
  });

  it.each(oscillatorMediatorFigures.map((f) => [f.id] as const))("%s has a paper-size golden", (id) => {
    expect(readGolden(id, "paper").size).toBe("paper");
  });
});

describe("oscillator-mediator figures show the paper's physics", () => {
  it("Fig. 2: ΔT̂_px grows monotonically with the coupling and is smaller for D/ω0 = 1 than for 10 (the γ̂_D renormalisation (68))", async () => {
    const { columns } = await fig2.generate("ci");
    for (const c of ["a", "b", "c", "d"]) {
      const col = columns[`deltaTpx_${c}`];
      col.slice(1).forEach((v, i) => expect(v, `case ${c}`).toBeGreaterThan(col[i]));
    }
    columns.deltaTpx_a.forEach((v, i) => expect(columns.deltaTpx_b[i]).toBeLessThan(v));
    // higher temperature (c: τ_hω0 = 0.5) → smaller imbalance than (a) (text after Fig. 2)
    columns.deltaTpx_a.forEach((v, i) => expect(columns.deltaTpx_c[i]).toBeLessThan(v));
  });

  it("Fig. 3: the τ_hω0 = 0.25 curve rises above its strong-coupling limit (the maximum), τ_hω0 = 2 does not", async () => {
    const data = await fig3.generate("ci");
    const maxima = data.params.maxima as Record<string, { Kinfinity: number }>;
    const k = data.columns["K_tauH0.25"];
    expect(Math.max(...k)).toBeGreaterThan(1.5 * maxima["tauH0.25"].Kinfinity);
    expect(Math.max(...data.columns.K_tauH2)).toBeLessThanOrEqual(maxima.tauH2.Kinfinity);
  });

  it("Fig. 4: all curves share the T³ law at the lowest temperature and curve (a) reaches the classical plateau (47) at the highest", async () => {
    const { columns } = await fig4.generate("ci");
    for (const c of ["K_b", "K_c", "K_d"]) expect(columns[c][0] / columns.K_lowT[0], c).toBeCloseTo(1, 1); // T/γ̂ = 0.01: O(T²/D²) for D τ_p = 1 is 1e-2
    const last = columns.K_a.length - 1;
    expect(columns.K_a[last] / columns.K_classical_a[last]).toBeCloseTo(1, 3);
  });

  it("Fourier chain: currents of (80) and (81) agree to O(1/N²) and the profile is monotone", async () => {
    const { columns } = await chainFigure.generate("ci");
    expect(Math.abs(columns.currentLinear[0] / columns.currentExact[0] - 1)).toBeLessThan(2e-3); // measured 8e-4 at N = 8
    columns.temperatureExact.slice(1).forEach((T, i) => expect(T).toBeLessThan(columns.temperatureExact[i]));
  });

  it("finite-bath dynamics: the plateau current is flat before the recurrence time 2π/Δ and breaks down after it", async () => {
    const data = await finiteBathFigure.generate("ci");
    const { time, current } = data.columns;
    const tr = data.params.recurrenceTime as number;
    const plateau = current.filter((_, i) => time[i] > 10 && time[i] < 0.9 * tr);
    expect(Math.max(...plateau) - Math.min(...plateau)).toBeLessThan(1e-6 * plateau[0]);
    const after = current.filter((_, i) => time[i] > 1.05 * tr);
    expect(Math.max(...after.map((v) => Math.abs(v - plateau[0])))).toBeGreaterThan(0.1 * plateau[0]);
  });
});
