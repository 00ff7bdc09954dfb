import { ledgerSuite } from "./ledger-suite.js";

ledgerSuite("set-entropy-production");
