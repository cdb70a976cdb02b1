import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { FROZEN } from '../world/corpus/frozen.js';
import { corpusSites, splitOf } from '../world/corpus/index.js';

it('the frozen test slice is exactly the slice recorded when it was frozen', () => {
  const test = corpusSites.filter((s) => splitOf(s) === 'test').sort((a, b) => a.host.localeCompare(b.host));
  expect(test.map((s) => s.host)).toEqual(FROZEN.hosts);
  expect(createHash('sha256').update(JSON.stringify(test)).digest('hex'), 'a site of the frozen slice changed').toBe(FROZEN.sha256);
});
