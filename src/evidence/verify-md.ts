import type { Manifest } from './manifest.js';

const fence = '```';

/** VERIFY.md: the exact sha256sum and openssl commands that check a bundle without dijkwacht. */
export function verifyInstructions(m: Manifest): string {
  const lines = m.artifacts.map((a) => `${a.sha256}  ${a.path}`).join('\n');
  const sealed = m.artifacts.filter((a) => a.sealed);
  const finalUrl = m.target.finalUrl && m.target.finalUrl !== m.target.requestedUrl ? ` (final URL ${m.target.finalUrl})` : '';
  const reasons = m.capture.reasons.length ? ` — ${m.capture.reasons.join('; ')}` : '';
  const sealing = m.sealing.sealed
    ? sealed.length === 0
      ? 'No artifact needed sealing.'
      : `${sealed.length} artifact(s) that may show imagery are encrypted with ${m.sealing.algorithm}; each file is
laid out as ${m.sealing.fileFormat}. The bundle key is wrapped (RSA-OAEP with SHA-256) for each custodian
key in \`sealing.recipients\` of manifest.json. A custodian restores them with
\`dijkwacht unseal <bundle> --key custodian-private.pem --out DIR\`, which checks every restored file against
\`plaintext.sha256\` and records the act in the custody log. Without dijkwacht, the key unwraps with

${fence}sh
openssl pkeyutl -decrypt -inkey custodian-private.pem -in wrapped.bin \\
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256 > bundle.key
${fence}

(\`wrapped.bin\` is the base64-decoded \`wrappedKey\`); any AES-256-GCM implementation then decrypts each file.`
    : `This bundle was captured without sealing: ${m.sealing.reason}.`;

  return `# Verifying evidence bundle ${m.bundleId}

- Target: ${m.target.requestedUrl}${finalUrl}
- Captured: ${m.capture.startedAt} to ${m.capture.endedAt} (UTC)
- Capture status: ${m.capture.status}${reasons}
- Signed by: ${m.signer.subject}
- Signer certificate SHA-256: ${m.signer.certificateSha256}
- Case: ${m.caseId ?? '(none)'}

Run every command in the bundle directory. Only \`sha256sum\` (GNU coreutils) and \`openssl\` (1.1.1 or
later) are needed. \`dijkwacht verify <bundle>\` runs all of these checks too, plus the manifest schema
and the custody chain.

## 1. Every artifact is intact

These are the hashes listed in manifest.json (field \`sha256\` of each artifact); VERIFY.md itself is
listed there too. Every line must say OK. For sealed artifacts the hash is that of the encrypted file;
the original's hash is \`plaintext.sha256\`, checked when the bundle is unsealed.

${fence}sh
sha256sum -c <<'HASHES'
${lines}
HASHES
${fence}

## 2. The manifest is signed by the collector

\`manifest.json.p7s\` is a detached CMS (PKCS#7) signature in DER over the exact bytes of \`manifest.json\`.

${fence}sh
openssl cms -verify -binary -inform DER -in manifest.json.p7s -content manifest.json -noverify -out /dev/null
# expected: CMS Verification successful
openssl pkcs7 -inform DER -in manifest.json.p7s -print_certs | openssl x509 -noout -subject -fingerprint -sha256
# expected fingerprint (drop the colons, lower case): ${m.signer.certificateSha256}
${fence}

\`-noverify\` skips the certificate chain: the collector's certificate is identified by its fingerprint,
which the collecting organisation declares. With an organisation CA, use \`-CAfile ca.pem\` instead.

## 3. The signature existed at a trusted time

Each \`timestamps/*.tsr\` is an RFC 3161 TimeStampResp (DER) over the exact bytes of \`manifest.json.p7s\`.

${fence}sh
for f in timestamps/*.tsr; do
  openssl ts -reply -in "$f" -text | grep -E 'Status:|Time stamp:|TSA:|Hash Algorithm|Message data'
  openssl ts -verify -data manifest.json.p7s -in "$f" -CAfile TSA-ROOT.pem
done
# expected: Verification: OK   (TSA-ROOT.pem: the root certificate the TSA publishes)
${fence}

To see the TSA's certificate: \`openssl ts -reply -in FILE -token_out | openssl pkcs7 -inform DER -print_certs\`.
If \`timestamps/\` is missing, the bundle is "timestamp pending"; \`dijkwacht timestamp --pending\` completes it.

## 4. Chain of custody

\`custody.jsonl\` holds one JSON event per line (captured, sealed, signed, timestamped, stored, verified,
unsealed, exported). Each event's \`hash\` is the SHA-256 of the event without its \`hash\` field,
serialised with sorted keys and no white space; \`prevHash\` is the hash of the line before. The first
line's \`prevHash\` binds the log to this bundle:

${fence}sh
printf '%s' 'dijkwacht-custody:${m.bundleId}' | sha256sum   # equals prevHash of the first line
${fence}

## 5. Sealed artifacts

${sealing}
`;
}
