#!/usr/bin/env node
// Part of `npm run setup`: make sure a Chromium, openssl (the test world's TSA), an sRGB ICC profile
// (ghostscript, for PDF/A), the PDF tools the tests use (poppler-utils, qpdf), PostgreSQL and Dovecot exist.
// Order: DIJKWACHT_CHROMIUM, Playwright's own browser, the system package; install Debian's
// `chromium` with apt-get when running as root and none is found.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightOwn() {
  try {
    const out = execFileSync(process.execPath, ['-e', "import('playwright').then(m=>process.stdout.write(m.chromium.executablePath()))"], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

function found() {
  const env = process.env.DIJKWACHT_CHROMIUM;
  if (env) {
    if (existsSync(env)) return env;
    console.error(`setup: DIJKWACHT_CHROMIUM points to ${env}, which does not exist.`);
    process.exit(1);
  }
  return playwrightOwn() ?? SYSTEM.find((p) => existsSync(p)) ?? null;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  console.log(`setup: installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  return update.status === 0 && install.status === 0;
}

// Progress: one line per step, so a slow apt-get or browser check is never a silent wait.
const STEPS = 4;
let step = 0;
const progress = (what) => console.log(`setup [${++step}/${STEPS}] ${what}`);

progress('looking for Chromium, openssl, an sRGB profile, the PDF tools, PostgreSQL and Dovecot …');
const missing = [];
if (!found()) missing.push('chromium');
if (spawnSync('openssl', ['version']).status !== 0) missing.push('openssl');
// PDF/A output needs an sRGB ICC profile (ghostscript ships one); the tests read the PDFs with
// poppler (pdftotext, pdfinfo, pdffonts) and check their structure with qpdf.
if (!existsSync('/usr/share/color/icc/ghostscript/srgb.icc') && !existsSync('/usr/share/color/icc/colord/sRGB.icc')) missing.push('ghostscript');
if (spawnSync('pdftotext', ['-v']).error) missing.push('poppler-utils');
if (spawnSync('qpdf', ['--version']).error) missing.push('qpdf');
// The shared-catalog tests start a real PostgreSQL server, and the inbox tests a real IMAP server
// (Dovecot); both are started and stopped by the tests, never left running.
if (!existsSync('/usr/lib/postgresql')) missing.push('postgresql');
if (!existsSync('/usr/sbin/dovecot')) missing.push('dovecot-imapd');

progress(missing.length > 0 ? `missing: ${missing.join(', ')}` : 'nothing missing');
if (missing.length > 0) {
  if (isRoot && hasApt) {
    if (!aptInstall(missing)) {
      console.error(`setup: apt-get could not install ${missing.join(', ')}.`);
      process.exit(1);
    }
  } else {
    console.error(
      [
        `setup: missing ${missing.join(', ')}.`,
        hasApt ? `  Install with: sudo apt-get install ${missing.join(' ')}` : '  Install Chromium (and openssl) with your system package manager,',
        '  or point DIJKWACHT_CHROMIUM at a Chromium/Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}

progress('checking the browser …');
const chromium = found();
if (!chromium) {
  console.error('setup: no Chromium found even after installing; set DIJKWACHT_CHROMIUM.');
  process.exit(1);
}
const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
console.log(`setup: browser ${chromium} (${(version.stdout || version.stderr || '').trim().split('\n').pop()})`);
console.log(`setup: ${execFileSync('openssl', ['version']).toString().trim()}`);
progress('done');
const dataHome = process.env.XDG_DATA_HOME && process.env.XDG_DATA_HOME.startsWith('/') ? process.env.XDG_DATA_HOME : `${process.env.HOME ?? '~'}/.local/share`;
console.log(
  [
    '',
    'run dijkwacht:',
    '  npx dijkwacht --help          (from this directory)',
    '  npm link && dijkwacht --help  (puts dijkwacht on PATH everywhere)',
    `data directory: ${process.env.DIJKWACHT_DATA_DIR || `${dataHome}/dijkwacht`} (--data-dir or DIJKWACHT_DATA_DIR to change it)`,
    'try it offline: npm run world (endpoints and commands to paste), npm run demo (the whole pipeline)',
  ].join('\n'),
);
