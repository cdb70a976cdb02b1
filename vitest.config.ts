import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser-heavy suites share two cores; keep files from starving each other.
    maxWorkers: 2,
    fileParallelism: true,
    // A test that forgets --data-dir writes here, never into the user's ~/.local/share/dijkwacht.
    env: { XDG_DATA_HOME: join(tmpdir(), 'dijkwacht-test-data-home') },
  },
});
