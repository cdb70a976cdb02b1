import type { ReferralPacket } from './packet-types.js';

/** The evidence pack's own short instructions, in the packet's language. */
export function packReadme(p: ReferralPacket): string {
  const bundles = p.evidencePack?.bundles ?? [];
  if (p.language === 'nl') {
    return [
      '# Bewijspakket',
      '',
      `Bij dossier ${p.packetId} (${p.subject}).`,
      '',
      'Elke map is één bewijsbundel, zonder verzegelde originelen en zonder het webarchief. Per bundel zijn te controleren:',
      '',
      '1. de handtekening over manifest.json en de tijdstempels: de stappen in VERIFY.md van de bundel die over `manifest.json.p7s` en `timestamps/` gaan;',
      '2. elk aanwezig bestand tegen zijn SHA-256 in manifest.json, bijvoorbeeld `sha256sum artifacts/screenshot-safe-view.png`;',
      '3. het logboek van de bewaarketen (custody.jsonl en custody-head.p7s), zoals VERIFY.md beschrijft.',
      '',
      'Controles op bestanden die niet in dit pakket zitten, slagen pas op de volledige bundel.',
      p.evidencePack?.request ?? '',
      '',
      ...bundles.map((b) => `- ${b}`),
      '',
    ].join('\n');
  }
  return [
    '# Evidence pack',
    '',
    `For dossier ${p.packetId} (${p.subject}).`,
    '',
    'Each folder is one evidence bundle, without sealed originals and without the web archive. For each bundle you can check:',
    '',
    '1. the signature over manifest.json and the timestamps: the steps of the bundle\'s VERIFY.md about `manifest.json.p7s` and `timestamps/`;',
    '2. every file present against its SHA-256 in manifest.json, e.g. `sha256sum artifacts/screenshot-safe-view.png`;',
    '3. the custody log (custody.jsonl and custody-head.p7s), as VERIFY.md describes.',
    '',
    'Checks of files that are not in this pack succeed only on the full bundle.',
    p.evidencePack?.request ?? '',
    '',
    ...bundles.map((b) => `- ${b}`),
    '',
  ].join('\n');
}
