import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import { SetupError } from '../core/errors.js';
import { escapeXml } from '../core/html.js';
import { toolVersion } from '../core/version.js';

/** What the document says about itself, in its Info dictionary and its XMP metadata alike. */
export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** BCP 47 language of the text, e.g. "nl". */
  lang: string;
  created: Date;
}

/**
 * Where an sRGB ICC profile is found on the system (Debian's ghostscript and colord packages, which
 * `npm run setup` installs). PDF/A needs one as the output intent; none is shipped in the repository.
 */
const SRGB_PROFILES = ['/usr/share/color/icc/ghostscript/srgb.icc', '/usr/share/color/icc/colord/sRGB.icc', '/usr/share/color/icc/sRGB.icc'];

let srgb: Buffer | undefined;
function srgbProfile(): Buffer {
  if (srgb) return srgb;
  const path = process.env.DIJKWACHT_SRGB_ICC ?? SRGB_PROFILES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) throw new SetupError(`No sRGB ICC profile found for PDF/A output (looked in ${SRGB_PROFILES.join(', ')}): run "npm run setup", which installs Debian's ghostscript, or set DIJKWACHT_SRGB_ICC.`);
  srgb = readFileSync(path);
  return srgb;
}

const xmpDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function xmpPacket(meta: PdfMeta, producer: string, creatorTool: string): string {
  const t = escapeXml(meta.title);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${t}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(meta.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${xmpDate(meta.created)}</xmp:CreateDate>
   <xmp:ModifyDate>${xmpDate(meta.created)}</xmp:ModifyDate>
   <xmp:MetadataDate>${xmpDate(meta.created)}</xmp:MetadataDate>
   <xmp:CreatorTool>${escapeXml(creatorTool)}</xmp:CreatorTool>
   <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Turns Chromium's tagged PDF into PDF/A-2b without losing its structure tree or outline: XMP
 * metadata that matches the Info dictionary (title, author, subject, language, dates, the tool as
 * creator instead of a browser user agent), an sRGB output intent, a document ID, the language on
 * the catalog, and every annotation marked printable. Ghostscript's PDF/A conversion was tried and
 * rejected: it drops the tags. The result is checked in the tests with qpdf, pdfinfo and pdffonts.
 */
export async function toPdfA(pdf: Buffer, meta: PdfMeta): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const creatorTool = `dijkwacht ${toolVersion}`;
  const producer = `dijkwacht ${toolVersion} (Chromium PDF, PDF/A-2b by @cantoo/pdf-lib)`;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator(creatorTool);
  doc.setProducer(producer);
  doc.setCreationDate(meta.created);
  doc.setModificationDate(meta.created);
  doc.setLanguage(meta.lang);

  const { context, catalog } = doc;
  const xmp = context.stream(Buffer.from(xmpPacket(meta, producer, creatorTool), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  const icc = context.flateStream(srgbProfile(), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(icc),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  // Annotations (Chromium writes links) must be printable in PDF/A.
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      annot?.set(PDFName.of('F'), PDFNumber.of(4));
    }
  }

  const id = createHash('sha256').update(pdf).digest('hex').slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return Buffer.from(await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }));
}
