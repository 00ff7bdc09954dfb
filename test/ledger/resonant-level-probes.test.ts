import { ledgerSuite } from "./ledger-suite.js";

ledgerSuite("resonant-level-probes");
