import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import forge from 'node-forge';
import { SetupError, UsageError } from '../core/errors.js';
import type { Options } from '../options/index.js';

export const KEY_FILES = {
  signingKey: 'signing-key.pem',
  signingCert: 'signing-cert.pem',
  custodianPrivate: 'custodian-private.pem',
  custodianPublic: 'custodian-public.pem',
} as const;

export function keysDir(dataDir: string): string {
  return resolve(dataDir, 'keys');
}

/** Who acts with these keys ("Name, Organisation"), set at `keys init --actor`; recorded in custody events and provenance. */
export const ACTOR_FILE = 'actor.json';
/** What custody events say when nobody named the actor: never an operating-system account such as "root". */
export const UNNAMED_ACTOR = 'unnamed operator';

/** The actor stored with the keys of `dataDir`, or null when none was set. */
export async function readActor(dataDir: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(await readFile(join(keysDir(dataDir), ACTOR_FILE), 'utf8')) as { actor?: unknown };
    return typeof parsed.actor === 'string' && parsed.actor.trim() !== '' ? parsed.actor.trim() : null;
  } catch {
    return null;
  }
}

/** Stores the actor beside the keys (replacing an earlier one). */
export async function writeActor(dataDir: string, actor: string): Promise<string> {
  const name = actor.trim().replace(/\s+/g, ' ');
  if (name === '' || name.length > 200) throw new UsageError('The actor must be a name of 1 to 200 characters, e.g. --actor "Jan Jansen, Stichting Voorbeeld".');
  await mkdir(keysDir(dataDir), { recursive: true, mode: 0o700 });
  const path = join(keysDir(dataDir), ACTOR_FILE);
  await writeFile(path, `${JSON.stringify({ actor: name }, null, 2)}\n`, { mode: 0o644 });
  return name;
}

let osUser: string | null | undefined;
/** The operating-system account, which the actor setting defaults to (so it names nobody in particular). */
function osUserName(): string | null {
  if (osUser === undefined) {
    try {
      osUser = userInfo().username;
    } catch {
      osUser = null;
    }
  }
  return osUser;
}

/**
 * The actor a custody event names: `given` when someone set it (DIJKWACHT_ACTOR, the actor setting, a
 * flag), else the actor stored with the signing key at `keys init --actor`, else "unnamed operator".
 * The actor setting's default is the operating-system account ("root"), which names nobody: it counts
 * as not set.
 */
export function actorFor(given: string | null | undefined, signer: Pick<Signer, 'actor'> | null | undefined): string {
  const name = given?.trim() ?? '';
  const unset = name === '' || name === osUserName() || name === 'unknown';
  if (!unset) return name;
  return signer?.actor ?? UNNAMED_ACTOR;
}

export interface InitKeysInput {
  dataDir: string;
  /** Common name on the collector's certificate. */
  name: string;
  organisation?: string | null;
  validDays?: number;
  force?: boolean;
  /** Encrypts the custodian private key (PKCS#8, AES-256-CBC) with this passphrase. */
  custodianPassphrase?: string | null;
  /** Who acts with these keys ("Name, Organisation"); stored in keys/actor.json. */
  actor?: string | null;
}

/** Custodian passphrases shorter than this are refused: the key file may travel. */
export const MIN_PASSPHRASE_CHARS = 8;

export interface InitKeysResult {
  dir: string;
  signingCertSha256: string;
  custodianKeySha256: string;
  /** The custodian private key is an encrypted PKCS#8 PEM. */
  custodianKeyEncrypted: boolean;
  files: string[];
  /** The actor stored with the keys, or null when none was given. */
  actor: string | null;
}

const exists = async (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

/** Creates a signing key with a self-signed certificate and one custodian key pair. */
export async function initKeys(input: InitKeysInput): Promise<InitKeysResult> {
  const dir = keysDir(input.dataDir);
  const passphrase = input.custodianPassphrase ?? '';
  if (passphrase !== '' && [...passphrase].length < MIN_PASSPHRASE_CHARS) throw new UsageError(`The custodian passphrase must be at least ${MIN_PASSPHRASE_CHARS} characters.`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const paths = Object.values(KEY_FILES).map((f) => join(dir, f));
  if (!input.force) {
    for (const p of paths) {
      if (await exists(p)) throw new UsageError(`Keys already exist in ${dir}; use --force to replace them (old bundles keep verifying with the certificate they carry).`);
    }
  }
  const signing = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const custodian = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const certPem = selfSignedCertificate(signing.privateKey, signing.publicKey, input.name, input.organisation ?? null, input.validDays ?? 5 * 365);

  const write = async (file: string, data: string, mode: number): Promise<void> => {
    const p = join(dir, file);
    await writeFile(p, data, { mode });
    await chmod(p, mode);
  };
  await write(KEY_FILES.signingKey, signing.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 0o600);
  await write(KEY_FILES.signingCert, certPem, 0o644);
  const custodianPem = passphrase
    ? custodian.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
    : custodian.privateKey.export({ type: 'pkcs8', format: 'pem' });
  await write(KEY_FILES.custodianPrivate, custodianPem as string, 0o600);
  await write(KEY_FILES.custodianPublic, custodian.publicKey.export({ type: 'spki', format: 'pem' }) as string, 0o644);
  const actor = input.actor ? await writeActor(input.dataDir, input.actor) : null;
  if (!actor && input.force) await rm(join(dir, ACTOR_FILE), { force: true }); // new keys, nobody named: no stale name
  return {
    actor,
    dir,
    signingCertSha256: certificateSha256(certPem),
    custodianKeySha256: publicKeySha256(custodian.publicKey),
    custodianKeyEncrypted: passphrase !== '',
    files: paths,
  };
}

function selfSignedCertificate(privateKey: KeyObject, publicKey: KeyObject, name: string, org: string | null, validDays: number): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + validDays * 86_400_000);
  const attrs: forge.pki.CertificateField[] = [{ name: 'commonName', value: name }];
  if (org) attrs.push({ name: 'organizationName', value: org });
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  cert.sign(key, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

export function certificateSha256(certPem: string): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(certPem))).getBytes();
  return createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex');
}

export function publicKeySha256(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** The collector's signing identity: the key for node:crypto, the certificate parsed (node-forge) and as DER. */
export interface Signer {
  key: KeyObject;
  certificate: forge.pki.Certificate;
  /** The certificate as it goes into signatures (DER of certificatePem). */
  certificateDer: Buffer;
  certificatePem: string;
  certificateSha256: string;
  subject: string;
  /** The actor stored with the keys (keys init --actor), or null. */
  actor: string | null;
}

export async function loadSigner(options: Options): Promise<Signer> {
  const signer = await readSigner(options);
  return { ...signer, actor: await readActor(options.dataDir) };
}

async function readSigner(options: Options): Promise<Signer> {
  if (options.signingP12File) return loadP12Signer(options.signingP12File, options.signingP12Password);
  const dir = keysDir(options.dataDir);
  const keyPath = options.signingKeyFile ?? join(dir, KEY_FILES.signingKey);
  const certPath = options.signingCertFile ?? join(dir, KEY_FILES.signingCert);
  let keyPem: string;
  let certPem: string;
  try {
    [keyPem, certPem] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
  } catch (error) {
    throw new SetupError(`No signing key: ${keyPath} or ${certPath} is missing. Run "dijkwacht keys init" first.`, { cause: error });
  }
  try {
    const certificate = forge.pki.certificateFromPem(certPem);
    const key = createPrivateKey(keyPem);
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`key type ${key.asymmetricKeyType ?? 'unknown'}`);
    return signerFrom(key, certificate);
  } catch (error) {
    throw new SetupError(`The signing key or certificate cannot be read (RSA keys in PEM are supported).`, { cause: error });
  }
}

async function loadP12Signer(path: string, password: string): Promise<Signer> {
  let der: Buffer;
  try {
    der = await readFile(path);
  } catch (error) {
    throw new SetupError(`Cannot read PKCS#12 file ${path}.`, { cause: error });
  }
  try {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der.toString('binary')), password);
    const bag = (type: string | undefined): forge.pkcs12.Bag | undefined =>
      type === undefined ? undefined : p12.getBags({ bagType: type })[type]?.[0];
    const keyBag = bag(forge.pki.oids.pkcs8ShroudedKeyBag) ?? bag(forge.pki.oids.keyBag);
    const certBag = bag(forge.pki.oids.certBag);
    if (!keyBag?.key || !certBag?.cert) throw new Error('no key or certificate bag');
    return signerFrom(createPrivateKey(forge.pki.privateKeyToPem(keyBag.key)), certBag.cert);
  } catch (error) {
    throw new SetupError(`PKCS#12 file ${path} cannot be opened (wrong password, or no RSA key and certificate in it).`, { cause: error });
  }
}

function signerFrom(key: KeyObject, certificate: forge.pki.Certificate): Signer {
  const certificatePem = forge.pki.certificateToPem(certificate);
  const certificateDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  const subject = certificate.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');
  return { key, certificate, certificateDer, certificatePem, certificateSha256: createHash('sha256').update(certificateDer).digest('hex'), subject, actor: null };
}

export interface Custodian {
  fingerprint: string;
  key: KeyObject;
  source: string;
}

export async function loadCustodians(options: Options): Promise<Custodian[]> {
  const files = options.custodianKeyFiles.length > 0 ? options.custodianKeyFiles : [join(keysDir(options.dataDir), KEY_FILES.custodianPublic)];
  const out: Custodian[] = [];
  for (const file of files) {
    let pem: string;
    try {
      pem = await readFile(file, 'utf8');
    } catch (error) {
      throw new SetupError(`Custodian key ${file} is missing: run "dijkwacht keys init", or set custodianKeyFiles, or pass --no-seal deliberately.`, { cause: error });
    }
    try {
      const key = createPublicKey(pem);
      if (key.asymmetricKeyType !== 'rsa') throw new Error(`key type ${key.asymmetricKeyType ?? 'unknown'}`);
      out.push({ fingerprint: publicKeySha256(key), key, source: file });
    } catch (error) {
      throw new SetupError(`Custodian key ${file} is not an RSA public key in PEM.`, { cause: error });
    }
  }
  return out;
}

/**
 * The custodian private key from a PEM file, opened with the passphrase when it is encrypted.
 * One clear sentence when the file is missing, encrypted without a passphrase, or the passphrase is wrong.
 */
export async function readCustodianKey(file: string, passphrase: string | null): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the key file ${file}.`, { cause: error });
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem);
  if (encrypted && !passphrase) {
    throw new UsageError(`The custodian key ${file} is protected by a passphrase: set DIJKWACHT_CUSTODIAN_PASSPHRASE or pass --passphrase-prompt.`);
  }
  try {
    return createPrivateKey(encrypted ? { key: pem, format: 'pem', passphrase: passphrase ?? '' } : { key: pem, format: 'pem' });
  } catch (error) {
    if (encrypted) throw new UsageError(`The passphrase does not open the custodian key ${file}.`, { cause: error });
    throw new UsageError(`${file} is not a private key in PEM.`, { cause: error });
  }
}

/** SHA-256 of the signing certificate this data dir uses, or null when there is none to read. */
export async function localCertificateSha256(options: Options): Promise<string | null> {
  if (options.signingP12File) {
    return readSigner(options).then(
      (s) => s.certificateSha256,
      () => null,
    );
  }
  const certPath = options.signingCertFile ?? join(keysDir(options.dataDir), KEY_FILES.signingCert);
  try {
    return certificateSha256(await readFile(certPath, 'utf8'));
  } catch {
    return null;
  }
}

export const localHost = hostname();
