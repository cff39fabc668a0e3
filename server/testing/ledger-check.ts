export { assertLedgerConsistent } from '../db/ledger-check';
