import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedFile, parseSeedFile } from '../../src/discover/seed-file.js';

describe('seed files', () => {
  it('reads URLs, bare domains, *.domain and hosts-file lines, ignoring comments and blank lines', () => {
    const file = parseSeedFile(
      [
        '# a pasted blocklist',
        '',
        'https://one.test/start?page=2',
        'two.test',
        '*.three.test',
        'four.test/path/',
        '0.0.0.0 five.test six.test   # two names on one line',
        '127.0.0.1 localhost',
        '::1 ip6-localhost seven.test',
        '   ',
        'http://one.test/#top',
        'two.test',
      ].join('\r\n'),
    );
    expect(file.seeds).toEqual([
      'https://one.test/start?page=2',
      'http://two.test/',
      'http://three.test/',
      'http://four.test/path/',
      'http://five.test/',
      'http://six.test/',
      'http://seven.test/',
      'http://one.test/#top',
    ]);
    expect(file.skipped).toEqual([]);
  });

  it('skips lines that give no seed, with their line numbers, and keeps the rest', () => {
    const file = parseSeedFile(['good.test', 'not a seed line', 'http://', 'bad_name!', '0.0.0.0 fine.test -nope-', 'also-good.test'].join('\n'));
    expect(file.seeds).toEqual(['http://good.test/', 'http://fine.test/', 'http://also-good.test/']);
    expect(file.skipped.map((s) => s.line)).toEqual([2, 3, 4, 5]);
    expect(file.skipped[3]!.reason).toMatch(/-nope-/);
  });

  it('refuses a file that cannot be read or is not text, naming the flag', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    await expect(loadSeedFile(join(dir, 'missing.txt'))).rejects.toThrow(/--seeds/);
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
    await expect(loadSeedFile(join(dir, 'binary.txt'))).rejects.toThrow(/not a text file/);
  });
});
