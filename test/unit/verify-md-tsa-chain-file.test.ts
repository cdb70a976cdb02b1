import { describe, expect, it } from 'vitest';
import { TSA_CHAIN_FILE } from '../../src/evidence/tsa-chain.js';
import { SHIPPED_CHAIN_FILE } from '../../src/evidence/verify-md-tsa.js';

describe('the shipped TSA chain file', () => {
  it('is named the same where VERIFY.md is written as where the chain is shipped', () => {
    // verify-md-tsa.ts writes the name itself so that `dijkwacht verify` does not load the network code.
    expect(SHIPPED_CHAIN_FILE).toBe(TSA_CHAIN_FILE);
  });
});
