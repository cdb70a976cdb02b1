/** UTC ISO-8601 with milliseconds, the one time format of bundles and logs. */
export function utcNow(): string {
  return new Date().toISOString();
}

/** A compact UTC stamp for identifiers and file names: 20261123T185200Z. */
export function compactStamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
