import { ledgerSuite } from "./ledger-suite.js";

ledgerSuite("two-site-chain-baths");
