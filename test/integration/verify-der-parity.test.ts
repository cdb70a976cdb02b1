import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as pkijs from 'pkijs';
import { parseCertificatesPem, pkijsOnly, verifyAttachedSignature, verifyDetachedSignature, verifyTimestamp } from '../../src/evidence/cms.js';
import { initKeys, loadSigner, type Signer } from '../../src/evidence/index.js';
import { signAttached, signDetached } from '../../src/evidence/sign.js';
import { requestTimestamp } from '../../src/evidence/timestamp.js';
import { readSignedData, readTimeStampResp } from '../../src/evidence/verify-der.js';
import { verifyTimestampPkijs } from '../../src/evidence/verify-timestamp.js';
import { loadOptions, testDefaults } from '../../src/options/index.js';
import { startTsa, type TestTsa } from '../world/tsa.js';

// verify reads signatures and tokens with its own DER reader and hands anything unusual to pkijs.
// These tests hold the two to the same verdict on real structures and on hundreds of damaged copies.

let dataDir: string;
let signer: Signer;
let tsa: TestTsa;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dw-der-parity-'));
  await initKeys({ dataDir, name: 'der-parity' });
  signer = await loadSigner(loadOptions({ env: {}, overrides: { ...testDefaults, dataDir } }));
  tsa = await startTsa();
});
afterAll(async () => {
  await tsa?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The input itself, then copies with one byte changed (every header byte, then spread over the rest), cut short, or with bytes appended. */
function damaged(input: Buffer): Buffer[] {
  const out = [input];
  const flip = (at: number, mask: number): Buffer => {
    const b = Buffer.from(input);
    b[at] = b[at]! ^ mask;
    return b;
  };
  for (let at = 0; at < Math.min(48, input.length); at++) out.push(flip(at, 0x80), flip(at, 0x01));
  const stride = Math.max(1, Math.floor(input.length / 90));
  for (let at = 48; at < input.length; at += stride) out.push(flip(at, 0x01));
  for (const keep of [1, 2, 10, Math.floor(input.length / 2), input.length - 1]) out.push(input.subarray(0, keep));
  out.push(Buffer.concat([input, Buffer.from([0x00, 0x00])]), Buffer.concat([input, Buffer.from([0x30, 0x80])]));
  return out;
}

/** What a check gives: its result, or the error it throws. */
async function outcome<T>(run: () => Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: String(error) };
  }
}

const content = Buffer.from('{"bundleId":"20261202T000000Z-der-parity-0001","note":"neutral placeholder"}\n');

describe('the DER reader and pkijs reach the same verdict', () => {
  it('on a detached signature and its damaged copies', async () => {
    const p7s = signDetached(content, signer);
    const other = Buffer.from(content.toString().replace('0001', '0002'));
    let readByDer = 0;
    const inputs = damaged(p7s);
    for (const m of inputs) {
      if (readSignedData(m)) readByDer++;
      for (const data of [content, other]) expect(await outcome(() => verifyDetachedSignature(m, data))).toEqual(await outcome(() => pkijsOnly.detached(m, data)));
    }
    expect((await verifyDetachedSignature(p7s, content)).ok).toBe(true);
    // The reader must carry many of them itself, or these comparisons would test pkijs against pkijs.
    expect(readByDer).toBeGreaterThan(inputs.length / 2);
  });

  it('on an attached signature (the custody head) and its damaged copies', async () => {
    const p7s = signAttached(content, signer);
    const inputs = damaged(p7s);
    let readByDer = 0;
    for (const m of inputs) {
      if (readSignedData(m)) readByDer++;
      expect(await outcome(() => verifyAttachedSignature(m))).toEqual(await outcome(() => pkijsOnly.attached(m)));
    }
    const good = await verifyAttachedSignature(p7s);
    expect(good.ok).toBe(true);
    expect(good.content?.equals(content)).toBe(true);
    expect(readByDer).toBeGreaterThan(inputs.length / 2);
  });

  it('on an RFC 3161 token and its damaged copies, with and without trust anchors and shipped chain', async () => {
    const p7s = signDetached(content, signer);
    const token = (await requestTimestamp(tsa.url, p7s, 10_000)).der;
    const anchors = parseCertificatesPem(await readFile(tsa.caFile, 'utf8'));
    const chain = [...parseCertificatesPem(await readFile(tsa.certFile, 'utf8')), ...anchors];
    const settings: [pkijs.Certificate[], pkijs.Certificate[]][] = [
      [[], []],
      [anchors, []],
      [anchors, chain],
    ];
    const inputs = damaged(token);
    let readByDer = 0;
    for (const m of inputs) {
      if (readTimeStampResp(m)) readByDer++;
      for (const [trust, shipped] of settings) {
        expect(await outcome(() => verifyTimestamp(m, p7s, trust, undefined, shipped))).toEqual(await outcome(() => verifyTimestampPkijs(m, p7s, trust, undefined, shipped)));
      }
      // Stamped over other bytes: the imprint check must fail the same way.
      expect(await outcome(() => verifyTimestamp(m, content, anchors))).toEqual(await outcome(() => verifyTimestampPkijs(m, content, anchors, undefined, [])));
    }
    const good = await verifyTimestamp(token, p7s, anchors, undefined, chain);
    expect(good).toMatchObject({ ok: true, anchored: true, problems: [] });
    // A third: most damaged copies change a header byte of the response, which the reader leaves to pkijs.
    expect(readByDer).toBeGreaterThan(inputs.length / 3);
  });
});
