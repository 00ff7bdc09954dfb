import { allClaims } from "../../checks/registry.js";
import { ledgerExpectation } from "../../checks/runner.js";
import { criterionOf } from "../../core/claim.js";
import { criterionReasons, describeCriterion } from "../../core/criterion.js";
import { selectClaims } from "../../checks/select.js";
import { claimsMarkdown, errataMarkdown } from "../../report/markdown.js";
import { claimsTable, errataTable } from "../../report/tables.js";
import { EXIT, type CliIo } from "../io.js";

/** `qtherm claims [pattern]`: lists claims with their sources, criteria and ledger expectations. */
export function claimsCommand(pattern: string | undefined, options: { json?: boolean; markdown?: boolean }, io: CliIo): number {
  const claims = selectClaims(allClaims(), pattern);
  if (options.markdown) {
    io.out(claimsMarkdown(claims, ledgerExpectation));
  } else if (options.json) {
    io.out(
      JSON.stringify(
        claims.map((c) => ({
          id: c.id,
          model: c.model,
          kind: c.kind,
          source: c.source,
          statement: c.statement,
          domain: c.domain,
          criterion: criterionOf(c),
          criterionText: describeCriterion(criterionOf(c)),
          criterionReason: criterionReasons(criterionOf(c)).join(" | "),
          expected: ledgerExpectation(c).expect,
          ...(ledgerExpectation(c).why !== undefined ? { expectedBecause: ledgerExpectation(c).why } : {}),
          ...(c.erratum ? { erratumRole: c.erratum.role } : {}),
          ...(c.handSteps !== undefined ? { handSteps: c.handSteps } : {}),
          ...(c.solverCheck ? { solverCheck: true } : {}),
        })),
        null,
        1,
      ),
    );
  } else {
    io.out(claimsTable(claims, io.columns));
    io.out(`${claims.length} claims`);
  }
  return EXIT.ok;
}

/** `qtherm errata`: the printed-versus-corrected table. */
export function errataCommand(options: { json?: boolean; markdown?: boolean }, io: CliIo): number {
  const claims = allClaims();
  const printed = claims.filter((c) => c.erratum?.role === "printed");
  if (options.markdown) {
    io.out(errataMarkdown(claims));
  } else if (options.json) {
    io.out(
      JSON.stringify(
        printed.map((c) => ({ id: c.id, correctedClaim: c.erratum!.partner, source: c.source, printed: c.erratum!.printed, corrected: c.erratum!.corrected, explanation: c.erratum!.explanation })),
        null,
        1,
      ),
    );
  } else {
    io.out(errataTable(claims, io.columns));
    io.out(`${printed.length} errata`);
  }
  return EXIT.ok;
}
