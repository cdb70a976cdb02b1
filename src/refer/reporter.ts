import { UsageError } from '../core/errors.js';
import { loadConfigSection } from '../options/index.js';

/** Who reports: DSA Art. 16(2)(c) asks for the notifier's name and e-mail. Never invented. */
export interface Reporter {
  name: string;
  organisation: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The reporter from the config file's `reporter` object, overridden field by field by
 * DIJKWACHT_REPORTER_NAME, DIJKWACHT_REPORTER_ORG and DIJKWACHT_REPORTER_EMAIL. A missing or invalid
 * field is one clear error that says where to set it.
 */
export function loadReporter(input: { configFile?: string | null; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Reporter {
  const env = input.env ?? process.env;
  const section = loadConfigSection('reporter', input) as Partial<Record<'name' | 'organisation' | 'email', unknown>> | undefined;
  if (section !== undefined && (section === null || typeof section !== 'object')) throw new UsageError('"reporter" in the config file must be an object {name, organisation, email}.');
  const pick = (key: 'name' | 'organisation' | 'email', envName: string): string | null => {
    const fromEnv = env[envName];
    if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv.trim();
    const fromConfig = section?.[key];
    return typeof fromConfig === 'string' && fromConfig.trim() !== '' ? fromConfig.trim() : null;
  };
  const reporter = { name: pick('name', 'DIJKWACHT_REPORTER_NAME'), organisation: pick('organisation', 'DIJKWACHT_REPORTER_ORG'), email: pick('email', 'DIJKWACHT_REPORTER_EMAIL') };
  const missing = Object.entries(reporter).filter(([, v]) => v === null).map(([k]) => k);
  if (missing.length > 0) {
    throw new UsageError(
      `The reporter's ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not configured (needed by DSA Art. 16): set "reporter": {"name", "organisation", "email"} in the config file, or DIJKWACHT_REPORTER_NAME, DIJKWACHT_REPORTER_ORG, DIJKWACHT_REPORTER_EMAIL.`,
    );
  }
  if (!EMAIL.test(reporter.email!)) throw new UsageError(`The reporter e-mail "${reporter.email!}" is not an e-mail address.`);
  return reporter as Reporter;
}
