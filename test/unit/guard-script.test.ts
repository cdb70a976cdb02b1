import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { guardScript } from '../../src/browser/guard-script.js';

describe('the in-page part of the observation guard', () => {
  it('is valid JavaScript (a syntax error would silently switch the whole in-page guard off)', () => {
    expect(() => new Script(guardScript())).not.toThrow();
  });
});
