import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { findPacket, type Catalog } from '../../catalog/index.js';
import { UsageError } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import type { ReferralPacket } from '../../refer/index.js';
import { recordSent } from '../record.js';

/** A packet folder as `notices send` reads it: packet.json, the draft packet.eml and where it lies. */
export interface LoadedPacket {
  packet: ReferralPacket;
  dir: string;
  draft: Buffer;
  sha256: string;
}

/** Reads a packet named by id (from the catalog) or by its folder. */
export async function loadPacket(catalog: Catalog, idOrDir: string): Promise<LoadedPacket> {
  const dir = findPacket(catalog, idOrDir)?.dir ?? resolve(idOrDir);
  const json = join(dir, 'packet.json');
  if (!existsSync(json)) throw new UsageError(`No packet "${idOrDir}": give a packet id from "dijkwacht refer" or its folder.`);
  const raw = await readFile(json);
  const packet = JSON.parse(raw.toString('utf8')) as ReferralPacket;
  const eml = join(dir, 'packet.eml');
  if (!existsSync(eml)) throw new UsageError(`${dir} has no packet.eml: build the packet again with "dijkwacht refer".`);
  return { packet, dir, draft: await readFile(eml), sha256: sha256Hex(raw) };
}

/**
 * Refuses, before anything is sent, exactly what "dijkwacht notices sent" would refuse to record
 * (a packet changed after it was built, one already recorded as sent): it records the packet inside
 * a savepoint and rolls it back, so the two commands can never disagree.
 */
export async function assertRecordable(catalog: Catalog, p: LoadedPacket): Promise<void> {
  catalog.db.exec('SAVEPOINT notices_send_check');
  try {
    await recordSent(catalog, { packet: p.dir, channel: 'email' });
  } finally {
    catalog.db.exec('ROLLBACK TO notices_send_check');
    catalog.db.exec('RELEASE notices_send_check');
  }
}

/** The address a packet's e-mail goes to; a packet without one cannot be sent by e-mail. */
export function packetAddress(p: LoadedPacket): string {
  const email = p.packet.recipient.email;
  if (!email) throw new UsageError(`Packet ${p.packet.packetId} has no e-mail address for ${p.packet.recipient.name}${p.packet.recipient.web ? ` (it takes reports at ${p.packet.recipient.web})` : ''}: submit it there and record it with "dijkwacht notices sent ${p.packet.packetId} --channel form".`);
  return email;
}

/** The bundles a packet cites (its evidence), in order, once each. */
export const citedBundles = (p: ReferralPacket): string[] => [...new Set(p.domains.flatMap((d) => d.evidence.map((e) => e.bundleId)))];
