import { ledgerSuite } from "./ledger-suite.js";

ledgerSuite("coupled-tls");
