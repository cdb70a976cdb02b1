import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface Issued {
  keyPem: string;
  certPem: string;
}

interface CertInput {
  commonName: string;
  altNames?: string[];
  ipAddresses?: string[];
  issuer?: Issued;
  ca?: boolean;
  timeStamping?: boolean;
  validDays?: number;
}

/** Test-world certificates: keys from node:crypto (fast), certificates from node-forge. */
export function issueCertificate(input: CertInput): Issued {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string);
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + (input.validDays ?? 3650) * 86_400_000);
  const subject = [
    { name: 'commonName', value: input.commonName },
    { name: 'organizationName', value: 'dijkwacht test world' },
  ];
  cert.setSubject(subject);
  const issuerCert = input.issuer ? forge.pki.certificateFromPem(input.issuer.certPem) : null;
  cert.setIssuer(issuerCert ? issuerCert.subject.attributes : subject);
  const extensions: object[] = [{ name: 'subjectKeyIdentifier' }];
  if (input.ca) {
    extensions.push({ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true });
  } else {
    extensions.push({ name: 'basicConstraints', cA: false });
    if (input.timeStamping) {
      extensions.push({ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }, { name: 'extKeyUsage', timeStamping: true, critical: true });
    } else {
      extensions.push({ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true }, { name: 'extKeyUsage', serverAuth: true });
    }
  }
  if (input.altNames || input.ipAddresses) {
    extensions.push({
      name: 'subjectAltName',
      altNames: [...(input.altNames ?? []).map((value) => ({ type: 2, value })), ...(input.ipAddresses ?? []).map((ip) => ({ type: 7, ip }))],
    });
  }
  cert.setExtensions(extensions);
  const signingKey = forge.pki.privateKeyFromPem(input.issuer ? input.issuer.keyPem : keyPem);
  cert.sign(signingKey, forge.md.sha256.create());
  return { keyPem, certPem: forge.pki.certificateToPem(cert) };
}
