import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOptions } from '../../src/options/index.js';

describe('the data directory', () => {
  it('defaults to an absolute XDG path, never the current directory', () => {
    expect(loadOptions({ env: { XDG_DATA_HOME: '/srv/xdg' }, cwd: '/somewhere' }).dataDir).toBe('/srv/xdg/dijkwacht');
    expect(loadOptions({ env: { HOME: '/home/analyst' }, cwd: '/somewhere' }).dataDir).toBe('/home/analyst/.local/share/dijkwacht');
    // A relative XDG_DATA_HOME is invalid by the XDG spec and ignored.
    expect(loadOptions({ env: { XDG_DATA_HOME: 'rel', HOME: '/home/analyst' } }).dataDir).toBe('/home/analyst/.local/share/dijkwacht');
    expect(loadOptions({ env: {} }).dataDir).toBe(join(homedir(), '.local', 'share', 'dijkwacht'));
  });

  it('keeps DIJKWACHT_DATA_DIR and --data-dir, made absolute from the current directory', () => {
    expect(loadOptions({ env: { DIJKWACHT_DATA_DIR: 'cases/data', XDG_DATA_HOME: '/srv/xdg' }, cwd: '/work' }).dataDir).toBe('/work/cases/data');
    expect(loadOptions({ env: { DIJKWACHT_DATA_DIR: '/env/dir' }, flags: { dataDir: '/flag/dir' } }).dataDir).toBe('/flag/dir');
  });
});
