import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as pkijs from 'pkijs';
import { sha256Hex } from '../core/hash.js';
import { certificateDerSha256, certificateSubject, verifyDetachedSignature, verifyTimestamp } from '../evidence/cms.js';
import { rootSource, rootsScript, tokenScript, type TsaFacts } from '../evidence/verify-md-tsa.js';
import type { BundleVerification } from '../evidence/verify.js';
import { listFilesRecursive } from '../store/index.js';

export const SUMS_FILE = 'SHA256SUMS';
const SEAL_FILES = new Set([SUMS_FILE, `${SUMS_FILE}.p7s`, `${SUMS_FILE}.p7s.tsr`]);

/** The TSA chain of the export's own timestamp, when the export ships one (written before SHA256SUMS). */
export const EXPORT_TSA_CHAIN_FILE = 'TSA-CHAIN.pem';

/**
 * The export's VERIFY.md. With `tsa` (the chains learned from the export's TSAs, shipped as
 * TSA-CHAIN.pem) it names the roots; without it, the timestamp is checked against the certificates the
 * token itself carries, and the expert compares the root printed with the one the TSA publishes.
 */
export function exportVerifyInstructions(caseId: string, certificateSha256: string, tsa: TsaFacts | null = null): string {
  const fence = '```';
  const roots = [...new Set((tsa?.chains ?? []).flatMap((c) => (c.root ? [certificateDerSha256(c.root)] : [])))];
  const tsr = `${SUMS_FILE}.p7s.tsr`;
  const shipped = tsa !== null && tsa.chains.length > 0;
  const chainText = shipped
    ? `\`${EXPORT_TSA_CHAIN_FILE}\` holds the chain of the TSA that stamped this export:\n\n${tsa.chains.map((c) => `- TSA ${c.tsaUrl}: root ${c.root ? `${certificateSubject(c.root)}, SHA-256 \`${certificateDerSha256(c.root)}\`` : 'not sent by the TSA'}. ${rootSource(c)}`).join('\n')}`
    : `The certificates used are the ones the token carries (the TSA's own, and its root when the TSA sends it);
the block prints each one's SHA-256. Compare the root's with the root the TSA publishes (or, for an
eIDAS-qualified TSA, the EU Trusted List) before relying on the check: a root inside the token proves
nothing by itself. For the offline test world's TSA the root is a test root that nobody vouches for.`;
  const caSetup = shipped
    ? `CA=${EXPORT_TSA_CHAIN_FILE}\n${rootsScript(EXPORT_TSA_CHAIN_FILE, roots)}`
    : `CA=$(mktemp)
openssl ts -reply -in ${tsr} -token_out | openssl pkcs7 -inform DER -print_certs -out "$CA"
${rootsScript('"$CA"', [])}`;
  return `# Verifying the export of case ${caseId}

Everything here can be checked with openssl and GNU coreutils alone; \`dijkwacht verify case.zip\` runs
all of it. Run each command block in the unpacked export with \`bash -e\` (save it as check.sh and run
\`bash -e check.sh\`): a block ends with an error as soon as one of its checks fails.

## 1. Every file is intact

${fence}sh
sha256sum -c --quiet SHA256SUMS
echo "every file in SHA256SUMS: OK"
# SHA256SUMS lists every file except itself, SHA256SUMS.p7s and SHA256SUMS.p7s.tsr.
${fence}

## 2. The list of hashes is signed by the collector

${fence}sh
openssl cms -verify -binary -inform DER -in SHA256SUMS.p7s -content SHA256SUMS -noverify -out /dev/null
# expected: CMS Verification successful
fp=$(openssl pkcs7 -inform DER -in SHA256SUMS.p7s -print_certs | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2 | tr -d ':' | tr 'A-F' 'a-f')
echo "signer certificate SHA-256: $fp"
[ "$fp" = "${certificateSha256}" ] || { echo "signed by another certificate than the collector's"; exit 1; }
${fence}

## 3. The signature existed at a trusted time

\`${tsr}\` is an RFC 3161 TimeStampResp over the exact bytes of \`SHA256SUMS.p7s\` (an export made while no
TSA answered has none, and this block says so). ${chainText}

${fence}sh
if [ -f ${tsr} ]; then
${caSetup}
${tokenScript(tsr, `${SUMS_FILE}.p7s`, '"$CA"')}
else
  echo "this export has no timestamp (no TSA answered when it was made)"
fi
# expected: Verification: OK
${fence}

## 4. Every bundle on its own

Each folder under \`bundles/\` is a complete evidence bundle with its own VERIFY.md (hashes, CMS
signature, RFC 3161 timestamps and their TSA chain, custody log); run its blocks inside that folder. Its
custody log ends with the "exported" event of this export. The exhibit index (exhibit-index.pdf / .json)
maps each exhibit to its bundle and files; the verification report (verification-report.pdf) shows the
result of these checks at export time; the methodology statement (methodology.pdf / .md) says how the
evidence was collected.
`;
}

export interface ExportCheck {
  ok: boolean;
  problems: { artifact: string; reason: string }[];
  filesChecked: number;
  signature: BundleVerification['signature'];
  timestamps: BundleVerification['timestamps'];
}

/** Checks an unpacked export: every file against SHA256SUMS, nothing unlisted, the signature and the timestamp. */
export async function verifyExportDir(root: string, anchors: pkijs.Certificate[] = []): Promise<ExportCheck> {
  const problems: ExportCheck['problems'] = [];
  const sums = await readFile(join(root, SUMS_FILE));
  const listed = new Map<string, string>();
  for (const line of sums.toString('utf8').split('\n').filter(Boolean)) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) problems.push({ artifact: SUMS_FILE, reason: `malformed line "${line.slice(0, 80)}"` });
    else listed.set(m[2]!, m[1]!);
  }
  const present = (await listFilesRecursive(root)).filter((f) => !SEAL_FILES.has(f));
  for (const f of present) {
    const want = listed.get(f);
    if (!want) problems.push({ artifact: f, reason: 'file is not listed in SHA256SUMS (added after export)' });
    else if (sha256Hex(await readFile(join(root, f))) !== want) problems.push({ artifact: f, reason: 'SHA-256 does not match SHA256SUMS (changed after export)' });
  }
  const presentSet = new Set(present);
  for (const f of listed.keys()) if (!presentSet.has(f)) problems.push({ artifact: f, reason: 'listed in SHA256SUMS but missing' });
  let signature: ExportCheck['signature'] = null;
  const p7sPath = join(root, `${SUMS_FILE}.p7s`);
  if (!existsSync(p7sPath)) problems.push({ artifact: `${SUMS_FILE}.p7s`, reason: 'signature missing' });
  else {
    const p7s = await readFile(p7sPath);
    signature = await verifyDetachedSignature(p7s, sums);
    if (!signature.ok) problems.push({ artifact: `${SUMS_FILE}.p7s`, reason: `signature does not verify: ${signature.reason ?? ''}` });
    const tsrPath = join(root, `${SUMS_FILE}.p7s.tsr`);
    if (existsSync(tsrPath)) {
      const t = await verifyTimestamp(await readFile(tsrPath), p7s, anchors);
      if (!t.ok) problems.push({ artifact: `${SUMS_FILE}.p7s.tsr`, reason: `timestamp does not verify: ${t.problems.join('; ')}` });
      return { ok: problems.length === 0, problems, filesChecked: present.length, signature, timestamps: [{ ...t, file: `${SUMS_FILE}.p7s.tsr` }] };
    }
  }
  return { ok: problems.length === 0, problems, filesChecked: present.length, signature, timestamps: [] };
}

async function exportRoots(root: string, depth = 2): Promise<string[]> {
  if (existsSync(join(root, SUMS_FILE)) && existsSync(join(root, 'export.json'))) return [root];
  if (depth === 0) return [];
  const out: string[] = [];
  for (const e of await readdir(root, { withFileTypes: true })) if (e.isDirectory()) out.push(...(await exportRoots(join(root, e.name), depth - 1)));
  return out;
}

/** For `verify`: every case export found in an unpacked zip or directory, as verification results. */
export async function checkExports(root: string, label: string, anchors: pkijs.Certificate[] = []): Promise<BundleVerification[]> {
  const out: BundleVerification[] = [];
  for (const dir of await exportRoots(root)) {
    const c = await verifyExportDir(dir, anchors);
    const name = dir.slice(root.length + 1) || '.';
    out.push({ path: `${label}/${name} (case export: SHA256SUMS, signature, timestamp)`, ok: c.ok, problems: c.problems, bundleId: null, url: null, status: null, artifactsChecked: c.filesChecked, bytesHashed: 0, signature: c.signature, timestamps: c.timestamps, custodyEvents: 0 });
  }
  return out;
}
