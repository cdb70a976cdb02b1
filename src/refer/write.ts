import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { recordPacket, type Catalog, type NoticeRecipient } from '../catalog/index.js';
import { claimStaging, releaseStaging, removeStaging } from '../store/index.js';
import { DijkwachtError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { schemaProblems, zipDirectory } from '../evidence/index.js';
import { checklistMarkdown } from './checklist.js';
import { packetEml } from './eml.js';
import { packetHtml } from './html.js';
import { packReadme } from './pack-readme.js';
import type { BuiltPacket } from './packet.js';
import type { ReferralPacket } from './packet-types.js';
import type { PdfRenderer } from './pdf.js';

export const PACKET_SCHEMA_FILE = 'referral-packet.schema.json';

export interface WrittenPacket {
  packet: ReferralPacket;
  dir: string;
  files: { pdf: string; json: string; eml: string; checklist: string; evidencePack: string | null; attachments: string[] };
  sha256: string;
  /** For the sender (also in checklist.md beside the packet): never part of what the recipient gets. */
  senderNotes: string[];
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'recipient';

/**
 * Writes packet.json (checked against its schema first), packet.pdf (PDF/A-2b), packet.eml, the
 * evidence pack and the safe-view attachments into a staging folder, with checklist.md for the
 * sender beside them, then renames it into place: a packet folder is whole or absent.
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
    const pdf = await renderer.render(await packetHtml(packet, built.safeViews), { author: `${packet.reporter.name}, ${packet.reporter.organisation}`, subject: packet.summary, created: new Date(packet.createdAt) });
    let pack: Buffer | null = null;
    if (packet.evidencePack) {
      const packDir = join(staging, '.pack');
      for (const [rel, data] of built.pack) {
        await mkdir(dirname(join(packDir, rel)), { recursive: true });
        await writeFile(join(packDir, rel), data);
      }
      await writeFile(join(packDir, packet.language === 'nl' ? 'LEESMIJ.md' : 'README.md'), packReadme(packet));
      await zipDirectory(packDir, join(staging, packet.evidencePack.file));
      await rm(packDir, { recursive: true, force: true });
      pack = await readFile(join(staging, packet.evidencePack.file));
    }
    const eml = await packetEml(packet, pdf, json, pack, new Date(packet.createdAt));
    const attachments: string[] = [];
    for (const [bundleId, png] of built.safeViews) {
      const file = `attachments/${bundleId}-safe-view.png`;
      await writeFile(join(staging, file), png);
      attachments.push(file);
    }
    await writeFile(join(staging, 'checklist.md'), checklistMarkdown(packet, built.senderNotes));
    await writeFile(join(staging, 'packet.json'), json);
    await writeFile(join(staging, 'packet.pdf'), pdf);
    await writeFile(join(staging, 'packet.eml'), eml);
    await rename(staging, dir);
    await releaseStaging(staging);
    const sha256 = sha256Hex(json);
    if (catalog) {
      recordPacket(catalog, {
        id: packet.packetId,
        recipientType: packet.recipient.type as NoticeRecipient,
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
    return {
      packet,
      dir,
      files: { pdf: join(dir, 'packet.pdf'), json: join(dir, 'packet.json'), eml: join(dir, 'packet.eml'), checklist: join(dir, 'checklist.md'), evidencePack: packet.evidencePack ? join(dir, packet.evidencePack.file) : null, attachments: attachments.map((a) => join(dir, a)) },
      sha256,
      senderNotes: built.senderNotes,
    };
  } catch (error) {
    await removeStaging(staging);
    throw error;
  }
}
