import { describe, expect, it } from 'vitest';
import { englishLines } from '../support/packet-checks.js';

describe('englishLines (the test helper that finds English inside Dutch packets)', () => {
  it('finds English prose and ignores hashes and ids whose letters spell English words', () => {
    const text = [
      'Dit pakket is bestemd voor de hostingprovider.',
      'This packet has been prepared for the host.',
      '60d31cf58be7c8be210eb10600fc35482b24cedc32e970be2a191b38a124b57c',
    ].join('\n');
    expect(englishLines(text)).toEqual(['This packet has been prepared for the host.']);
  });
});
