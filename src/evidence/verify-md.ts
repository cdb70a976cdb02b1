import type { Manifest } from './manifest.js';
import { timestampSection, type TsaFacts } from './verify-md-tsa.js';

const fence = '```';

/**
 * Written into VERIFY.md of every bundle whose custody log is anchored. VERIFY.md is hashed in the
 * signed manifest, so a bundle cannot be passed off as one "made before anchoring" by stripping anchors.
 */
export const ANCHORING_DECLARATION = 'dijkwacht-custody-anchor/1';

export function declaresAnchoring(verifyMd: string): boolean {
  return verifyMd.includes(ANCHORING_DECLARATION);
}

/** VERIFY.md: the exact sha256sum and openssl commands that check a bundle without dijkwacht. */
export function verifyInstructions(m: Manifest, tsa: TsaFacts = { chains: [], tsaUrls: [] }): string {
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
\`dijkwacht unseal <bundle> --key custodian-private.pem --out DIR --reason "…"\`, which checks every restored file
against \`plaintext.sha256\` and records the act, the reason and where the files went in the custody log.

Without dijkwacht, the custodian unwraps the bundle key with openssl (set CUSTODIAN_KEY to the custodian
private key file; only the custodian has it, so this is the one block nobody else can run):

${fence}sh
# custodian only: unwrap the bundle key
: "\${CUSTODIAN_KEY:?set CUSTODIAN_KEY to the custodian private key file}"
T=$(mktemp -d)
mine=$(openssl pkey -in "$CUSTODIAN_KEY" -pubout -outform DER | sha256sum | cut -c1-64)
grep -A 2 "\\"keySha256\\": \\"$mine\\"" manifest.json | grep -o '"wrappedKey": "[^"]*"' | cut -d'"' -f4 | openssl base64 -d -A > "$T/wrapped.bin"
[ -s "$T/wrapped.bin" ] || { echo "no wrapped key for custodian key $mine in manifest.json"; exit 1; }
openssl pkeyutl -decrypt -inkey "$CUSTODIAN_KEY" -in "$T/wrapped.bin" -out "$T/bundle.key" \\
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256
[ "$(wc -c < "$T/bundle.key")" -eq 32 ] || { echo "the unwrapped key is not 32 bytes"; exit 1; }
echo "bundle key unwrapped (32 bytes, AES-256)"
rm -r "$T"
${fence}

Any AES-256-GCM implementation then decrypts each file with that key (openssl enc does not do GCM):
the first 12 bytes are the IV, the last 16 the tag.`
    : `This bundle was captured without sealing: ${m.sealing.reason}.`;

  return `# Verifying evidence bundle ${m.bundleId}

- Target: ${m.target.requestedUrl}${finalUrl}
- Captured: ${m.capture.startedAt} to ${m.capture.endedAt} (UTC)
- Capture status: ${m.capture.status}${reasons}
- Signed by: ${m.signer.subject}
- Signer certificate SHA-256: ${m.signer.certificateSha256}
- Case: ${m.caseId ?? '(none)'}

Run each command block in the bundle directory with \`bash -e\` (save it as check.sh and run
\`bash -e check.sh\`): a block ends with an error as soon as one of its checks fails. Only
\`openssl\` (1.1.1 or later), GNU coreutils (\`sha256sum\`, \`csplit\`), \`grep\` and \`sed\` are needed.
\`dijkwacht verify <bundle>\` runs all of these checks too, plus the manifest schema.

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
openssl pkcs7 -inform DER -in manifest.json.p7s -print_certs | openssl x509 -noout -subject
fp=$(openssl pkcs7 -inform DER -in manifest.json.p7s -print_certs | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2 | tr -d ':' | tr 'A-F' 'a-f')
echo "signer certificate SHA-256: $fp"
[ "$fp" = "${m.signer.certificateSha256}" ] || { echo "signed by another certificate than the one this bundle names"; exit 1; }
${fence}

\`-noverify\` skips the certificate chain: the collector's certificate is identified by its fingerprint,
which the collecting organisation declares. With an organisation CA, use \`-CAfile ca.pem\` instead.
\`dijkwacht verify\` fails a bundle, custody anchor or head signed by a certificate it was not told to trust
(\`--signer-cert FILE|FINGERPRINT\`, the \`trustedSigners\` setting, or the collector's own certificate in
its data dir) unless \`--any-signer\` is given.

${timestampSection(tsa)}
## 4. Chain of custody

\`custody.jsonl\` holds one JSON event per line (captured, sealed, signed, timestamped, stored, verified,
unsealed, exported). Each event's \`hash\` is the SHA-256 of the event without its \`hash\` and \`anchor\`
fields, serialised with sorted keys and no white space; \`prevHash\` is the hash of the line before. The
first line's \`prevHash\` binds the log to this bundle: it is
\`printf '%s' 'dijkwacht-custody:${m.bundleId}' | sha256sum\`.

The log is anchored (${ANCHORING_DECLARATION}): every line carries an \`anchor\`, a detached CMS signature
(base64 DER) by the key of whoever recorded the event (normally the collector's) over the line exactly as
written without its \`"anchor":"…",\` field, plus a newline. \`custody-head.p7s\` is a CMS signature that
carries the head of the log: how many lines it has, the hash of the last one, and the SHA-256 of all of
them; it is signed again whenever an event is added. Without the key, a changed or added line shows in its
anchor, and a removed last line shows in the head.

Every line: its hash, its link to the line before, and its anchor (with the key that made it). A
"timestamped" line without an anchor was added by \`dijkwacht timestamp --pending\`, which needs no signing
key; it counts only when its \`tokenSha256\` is the SHA-256 of the token it names. Any other line without an
anchor was not written by the collector. The block ends with an error when any check fails.

${fence}sh
# custody: every line
T=$(mktemp -d); prev=$(printf '%s' 'dijkwacht-custody:${m.bundleId}' | sha256sum | cut -c1-64); i=0; bad=0
while IFS= read -r line; do
  i=$((i+1))
  printf '%s\\n' "$line" | sed 's/"anchor":"[^"]*",//' > "$T/signed"
  hash=$(printf '%s\\n' "$line" | grep -o '"hash":"[0-9a-f]*"' | tail -n 1 | cut -d'"' -f4)
  link=$(printf '%s\\n' "$line" | grep -o '"prevHash":"[0-9a-f]*"' | cut -d'"' -f4)
  calc=$(sed -E 's/(.*),"hash":"[0-9a-f]{64}"/\\1/' "$T/signed" | tr -d '\\n' | sha256sum | cut -c1-64)
  printf '%s\\n' "$line" | grep -o '"anchor":"[^"]*"' | head -n 1 | cut -d'"' -f4 | openssl base64 -d -A > "$T/anchor.p7s"
  if openssl cms -verify -binary -inform DER -in "$T/anchor.p7s" -content "$T/signed" -noverify -out /dev/null 2>/dev/null; then
    key=$(openssl pkcs7 -inform DER -in "$T/anchor.p7s" -print_certs | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2 | tr -d ':' | tr 'A-F' 'a-f')
    if [ "$key" = "${m.signer.certificateSha256}" ]; then key="$key (the collector's key, section 2)"; else key="$key (another key: check that you trust it)"; fi
  elif printf '%s\\n' "$line" | grep -q '"anchor":"'; then key="NONE (BAD: its anchor does not verify)"; bad=$((bad+1))
  elif printf '%s\\n' "$line" | grep -q '"event":"timestamped"'; then
    file=$(printf '%s\\n' "$line" | grep -o '"file":"timestamps/[^"/]*"' | head -n 1 | cut -d'"' -f4)
    want=$(printf '%s\\n' "$line" | grep -o '"tokenSha256":"[0-9a-f]*"' | head -n 1 | cut -d'"' -f4)
    if [ -n "$file" ] && [ -f "$file" ] && [ "$(sha256sum < "$file" | cut -c1-64)" = "$want" ]; then key="NONE (proven by its token $file)"; else key="NONE (BAD)"; bad=$((bad+1)); fi
  else key="NONE (BAD)"; bad=$((bad+1)); fi
  h=OK; [ "$hash" = "$calc" ] || { h=BAD; bad=$((bad+1)); }
  l=OK; [ "$link" = "$prev" ] || { l=BAD; bad=$((bad+1)); }
  echo "line $i: hash $h, link $l, anchored by $key"
  prev=$hash
done < custody.jsonl
rm -r "$T"
[ "$bad" -eq 0 ] || { echo "$bad custody check(s) failed"; exit 1; }
# expected: every line "hash OK, link OK, anchored by" a fingerprint you trust (normally the one in section 2)
${fence}

The signed head: nothing was removed from the end of the log.

${fence}sh
# custody: the signed head
T=$(mktemp -d)
openssl cms -verify -binary -inform DER -in custody-head.p7s -noverify -out "$T/head.json"
# expected: CMS Verification successful
fp=$(openssl pkcs7 -inform DER -in custody-head.p7s -print_certs | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2 | tr -d ':' | tr 'A-F' 'a-f')
echo "head signed by $fp"   # expected: a fingerprint you trust (normally the one in section 2)
cat "$T/head.json"; echo
n=$(sed -E 's/.*"lines":([0-9]+).*/\\1/' "$T/head.json")
want=$(sed -E 's/.*"custodySha256":"([0-9a-f]{64})".*/\\1/' "$T/head.json")
[ "$(wc -l < custody.jsonl)" -ge "$n" ] || { echo "custody.jsonl has fewer lines than the $n the head covers: events were removed"; exit 1; }
[ "$(head -n "$n" custody.jsonl | sha256sum | cut -c1-64)" = "$want" ] || { echo "lines 1-$n of custody.jsonl are not the lines the head signed"; exit 1; }
echo "the signed head covers lines 1-$n of custody.jsonl: OK"
rm -r "$T"
${fence}

Lines after the head's \`lines\` were added by a tool that anchored them but did not sign a new head
(a crash between the two writes, or a court export that appends its "exported" event without re-signing
the head); each is still checked by its own anchor, but its removal would not show.

What this cannot show: someone who kept an earlier copy of both \`custody.jsonl\` and \`custody-head.p7s\`
can put that older, validly signed state back, dropping the events since. Only a copy kept elsewhere
reveals that: the custody log inside a court export, a version in write-once storage (S3 Object Lock), or
a verification report kept outside this bundle. The signing key itself can rewrite anything, which is why
it stays with the collector and its fingerprint is declared.

## 5. Sealed artifacts

${sealing}
`;
}
