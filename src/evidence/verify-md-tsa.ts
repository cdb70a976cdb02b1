import { certificateDerSha256, certificateSubject } from './cms.js';
import type { TsaChain } from './tsa-chain.js';

/**
 * tsa-chain.ts's TSA_CHAIN_FILE, written here too: importing tsa-chain.ts loads the network code, which
 * `dijkwacht verify` (it reads VERIFY.md through this module) never needs. A unit test keeps the two equal.
 */
export const SHIPPED_CHAIN_FILE = 'artifacts/tsa-chain.pem';
const TSA_CHAIN_FILE = SHIPPED_CHAIN_FILE;

const fence = '```';

/** What VERIFY.md needs to know about the TSAs: the chains learned before signing, and what was asked. */
export interface TsaFacts {
  chains: TsaChain[];
  tsaUrls: string[];
}

const issuerName = (chain: TsaChain): string => {
  const top = chain.certs.at(-1);
  if (!top) return 'unknown';
  const names: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C' };
  return top.issuer.typesAndValues.map((tv) => `${names[tv.type] ?? tv.type}=${String((tv.value.valueBlock as { value?: string | number }).value ?? '')}`).join(', ');
};

/** Where an expert gets the root without taking it from the bundle. */
export function rootSource(chain: TsaChain): string {
  if (chain.local) {
    return `This TSA is a test TSA, not a trust service: ${chain.local}. Its root exists only where the TSA runs (for the offline test world: until the world stops), and nobody outside vouches for it, so these timestamps show the mechanism, not a trusted time.`;
  }
  const host = new URL(chain.tsaUrl).hostname;
  return `Obtain the root from the operator of ${host} itself (the root certificate it publishes on its website or in its time-stamping policy) or, for an eIDAS-qualified TSA, from the EU Trusted List (https://eidas.ec.europa.eu/efda/tl-browser/) — never from this bundle.`;
}

function chainLines(chains: TsaChain[]): string {
  return chains
    .map((c) => {
      const root = c.root
        ? `root ${certificateSubject(c.root)}, SHA-256 \`${certificateDerSha256(c.root)}\``
        : `root NOT sent by the TSA (issuer of the last certificate: ${issuerName(c)}); fetch it as below and add it with \`-CAfile ROOT.pem -untrusted ${TSA_CHAIN_FILE}\``;
      return `- TSA ${c.tsaUrl}: certificate ${certificateSubject(c.certs[0]!)}; ${root}.\n  ${rootSource(c)}`;
    })
    .join('\n');
}

/**
 * Shell lines that print the subject and SHA-256 of every certificate in `file` and fail unless each
 * of `roots` is among them.
 */
export function rootsScript(file: string, roots: string[]): string {
  return `T=$(mktemp -d)
csplit -s -z -f "$T/cert-" ${file} '/-----BEGIN CERTIFICATE-----/' '{*}'
for c in "$T"/cert-*; do
  if grep -q 'BEGIN CERTIFICATE' "$c"; then
    openssl x509 -in "$c" -noout -subject
    openssl x509 -in "$c" -noout -fingerprint -sha256 | cut -d= -f2 | tr -d ':' | tr 'A-F' 'a-f'
  fi
done > "$T/fingerprints"
cat "$T/fingerprints"
for root in ${roots.join(' ')}; do
  grep -qx "$root" "$T/fingerprints" || { echo "root $root is not in ${file}"; exit 1; }
done
rm -r "$T"`;
}

/**
 * Shell lines that check one RFC 3161 token over `data`: what it says, that its imprint is the SHA-256
 * of `data` (printed as one hex string), and that it verifies up to a root in `caFile`.
 */
export function tokenScript(token: string, data: string, caFile: string, indent = ''): string {
  return [
    `echo "== ${token.replace(/"/g, '')}"`,
    `openssl ts -reply -in ${token} -text | grep -E 'Status:|Time stamp:|TSA:|Hash Algorithm:'`,
    `imprint=$(openssl ts -reply -in ${token} -text | sed -n '/Message data:/,/^[^ ]/p' | grep -E '^ +[0-9a-f]{4} - ' | cut -c12-58 | tr -d ' \\n-')`,
    `echo "Message data: $imprint"`,
    `[ "$imprint" = "$(sha256sum ${data} | cut -c1-64)" ] || { echo "the imprint is not the SHA-256 of ${data}"; exit 1; }`,
    `openssl ts -verify -data ${data} -in ${token} -CAfile ${caFile}`,
  ]
    .map((l) => indent + l)
    .join('\n');
}

/** Section 3 of a bundle's VERIFY.md: the TSA roots, then every token, with commands that fail when a check fails. */
export function timestampSection(tsa: TsaFacts): string {
  const roots = [...new Set(tsa.chains.flatMap((c) => (c.root ? [certificateDerSha256(c.root)] : [])))];
  if (tsa.chains.length === 0) {
    const asked = tsa.tsaUrls.length === 0 ? 'No TSA was configured' : `No TSA answered (${tsa.tsaUrls.join(', ')})`;
    return `## 3. The signature existed at a trusted time

${asked} when this bundle was made, so it has no timestamp yet ("timestamp pending"), and no TSA
chain. \`dijkwacht timestamp --pending\` adds tokens later (\`timestamps/*.tsr\`, over the exact bytes of
\`manifest.json.p7s\`) and records each one, with its SHA-256, in the custody log. Check a late token with
\`openssl ts -verify -data manifest.json.p7s -in FILE -CAfile ROOT.pem\`, where ROOT.pem is the root the TSA
publishes, obtained from the TSA itself.
`;
  }
  return `## 3. The signature existed at a trusted time

Each \`timestamps/*.tsr\` is an RFC 3161 TimeStampResp (DER) over the exact bytes of \`manifest.json.p7s\`.
\`${TSA_CHAIN_FILE}\` holds the certificate chain of every TSA that stamped this bundle, as each TSA sent it:

${chainLines(tsa.chains)}

First the roots: the fingerprint of each certificate in the shipped chain. Each root named above must be
there, and before you rely on section 3b, compare it with the root you obtained independently. A shipped
root proves nothing by itself: anyone can make a chain.

${fence}sh
# 3a. the TSA roots
${rootsScript(TSA_CHAIN_FILE, roots)}
# expected: each root above listed; then compare it with the root its TSA publishes
${fence}

Then every token: what it says, that its imprint is the SHA-256 of \`manifest.json.p7s\`, and that the
TSA's signature verifies up to a root in the shipped chain.

${fence}sh
# 3b. every token
for f in timestamps/*.tsr; do
${tokenScript('"$f"', 'manifest.json.p7s', TSA_CHAIN_FILE, '  ')}
done
# expected: for every token "Verification: OK"
${fence}

To rely on the root you fetched yourself instead of the shipped one, give it as \`-CAfile ROOT.pem\` and the
shipped chain as \`-untrusted ${TSA_CHAIN_FILE}\`. To see the TSA's certificate as the token carries it:
\`openssl ts -reply -in FILE -token_out | openssl pkcs7 -inform DER -print_certs\`.
A token added later by \`dijkwacht timestamp --pending\` comes from whichever TSA answered then: check it
against that TSA's published root.
`;
}
