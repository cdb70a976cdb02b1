import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { recordPacket, type Catalog } from '../catalog/index.js';
import { claimStaging, releaseStaging, removeStaging } from '../store/index.js';
import { DijkwachtError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { schemaProblems } from '../evidence/index.js';
import { packetEml } from './eml.js';
import { packetHtml } from './html.js';
import type { BuiltPacket } from './packet.js';
import type { ReferralPacket } from './packet-types.js';
import type { PdfRenderer } from './pdf.js';

export const PACKET_SCHEMA_FILE = 'referral-packet.schema.json';

export interface WrittenPacket {
  packet: ReferralPacket;
  dir: string;
  files: { pdf: string; json: string; eml: string; attachments: string[] };
  sha256: string;
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'recipient';

/**
 * Writes packet.json (checked against its schema first), packet.pdf, packet.eml and the safe-view
 * attachments into a staging folder, then renames it into place: a packet folder is whole or absent.
 */
export async function writePacket(built: BuiltPacket, outDir: string, renderer: PdfRenderer, catalog: Catalog | null): Promise<WrittenPacket> {
  const { packet } = built;
  const problems = schemaProblems(PACKET_SCHEMA_FILE, packet);
  if (problems.length > 0) throw new DijkwachtError(`The packet for ${packet.recipient.name} does not match its schema: ${problems.join('; ')}`, { scope: 'item' });
  const name = `${packet.createdAt.slice(0, 10)}-${packet.recipient.type}-${slug(packet.domains[0]!.domain)}-${packet.packetId.slice(0, 8)}`;
  const dir = resolve(outDir, name);
  const staging = resolve(outDir, `.staging-${packet.packetId}`);
  // Owned by this process: a later sweep removes it only once this process is gone.
  await claimStaging(staging);
  await mkdir(join(staging, 'attachments'), { recursive: true });
  try {
    const json = Buffer.from(`${JSON.stringify(packet, null, 2)}\n`);
    const pdf = await renderer.render(await packetHtml(packet, built.safeViews));
    const eml = await packetEml(packet, pdf, json, new Date(packet.createdAt));
    const attachments: string[] = [];
    for (const [bundleId, png] of built.safeViews) {
      const file = `attachments/${bundleId}-safe-view.png`;
      await writeFile(join(staging, file), png);
      attachments.push(file);
    }
    await writeFile(join(staging, 'attachments', 'xarf.json'), `${JSON.stringify(packet.xarf, null, 2)}\n`);
    attachments.push('attachments/xarf.json');
    await writeFile(join(staging, 'packet.json'), json);
    await writeFile(join(staging, 'packet.pdf'), pdf);
    await writeFile(join(staging, 'packet.eml'), eml);
    await rename(staging, dir);
    await releaseStaging(staging);
    const sha256 = sha256Hex(json);
    if (catalog) {
      recordPacket(catalog, {
        id: packet.packetId,
        recipientType: packet.recipient.type,
        recipientName: packet.recipient.name,
        recipientAddress: packet.recipient.email ?? packet.recipient.web,
        domains: packet.domains.map((d) => d.domain),
        lang: packet.language,
        dir,
        sha256,
        caseId: packet.caseId,
        createdAt: packet.createdAt,
      });
    }
    return { packet, dir, files: { pdf: join(dir, 'packet.pdf'), json: join(dir, 'packet.json'), eml: join(dir, 'packet.eml'), attachments: attachments.map((a) => join(dir, a)) }, sha256 };
  } catch (error) {
    await removeStaging(staging);
    throw error;
  }
}
