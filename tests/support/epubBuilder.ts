/**
 * EPUB fixtures for tests, zipped with fflate: the `mimetype` entry first and stored, then
 * container.xml, the OPF package, a table of contents (EPUB 3 nav.xhtml or EPUB 2 toc.ncx) and
 * one XHTML file per chapter. Options make the broken and hostile variants.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** One chapter: its title (in the table of contents and, unless `noHeading`, as its `<h1>`) and paragraphs. */
export interface EpubChapter {
  title: string;
  paragraphs: readonly string[];
  noHeading?: boolean;
}

/** What to build. */
export interface EpubOptions {
  title?: string;
  author?: string;
  chapters: readonly EpubChapter[];
  /** EPUB 3 with nav.xhtml (default) or EPUB 2 with toc.ncx. */
  version?: 2 | 3;
  /** Adds META-INF/encryption.xml encrypting the chapters (DRM), or only obfuscating a font. */
  encryption?: 'drm' | 'font';
  /** Spine items whose chapter file is left out of the zip (0-based chapter indexes). */
  missingChapters?: readonly number[];
  /** Extra entries, by name (hostile names included). */
  extra?: Record<string, string>;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function chapterXhtml(chapter: EpubChapter): string {
  const heading = chapter.noHeading ? '' : `<h1>${escapeXml(chapter.title)}</h1>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title/><link rel="stylesheet" href="style.css"/></head>
<body><section epub:type="chapter">${heading}
${chapter.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}
<div class="spacer"/>
</section></body></html>`;
}

/** The entries of an EPUB, as fflate takes them (for tests that change them before zipping). */
export function epubEntries(options: EpubOptions): Record<string, string> {
  const title = options.title ?? 'A Test Book';
  const version = options.version ?? 3;
  const files: Record<string, string> = {};
  files['META-INF/container.xml'] = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;
  const chapterItems = options.chapters.map((_, i) => `<item id="ch${i + 1}" href="text/chapter%20${i + 1}.xhtml" media-type="application/xhtml+xml"/>`);
  const tocItem =
    version === 3
      ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
      : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>';
  files['OEBPS/content.opf'] = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
    <dc:title>${escapeXml(title)}</dc:title>
    <dc:creator>${escapeXml(options.author ?? 'Ada Writer')}</dc:creator>
    <dc:language>en</dc:language>
  </metadata>
  <manifest>
    ${tocItem}
    ${chapterItems.join('\n    ')}
    <item id="css" href="text/style.css" media-type="text/css"/>
  </manifest>
  <spine${version === 2 ? ' toc="ncx"' : ''}>
    ${options.chapters.map((_, i) => `<itemref idref="ch${i + 1}"/>`).join('\n    ')}
  </spine>
</package>`;
  if (version === 3) {
    files['OEBPS/nav.xhtml'] = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head>
<body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>
${options.chapters.map((c, i) => `<li><a href="text/chapter%20${i + 1}.xhtml#start">${escapeXml(c.title)}</a></li>`).join('\n')}
</ol></nav></body></html>`;
  } else {
    files['OEBPS/toc.ncx'] = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head><meta name="dtb:uid" content="urn:uuid:1"/></head>
<docTitle><text>${escapeXml(title)}</text></docTitle>
<navMap>
${options.chapters.map((c, i) => `<navPoint id="n${i + 1}" playOrder="${i + 1}"><navLabel><text>${escapeXml(c.title)}</text></navLabel><content src="text/chapter%20${i + 1}.xhtml"/></navPoint>`).join('\n')}
</navMap></ncx>`;
  }
  options.chapters.forEach((chapter, i) => {
    if (!options.missingChapters?.includes(i)) files[`OEBPS/text/chapter ${i + 1}.xhtml`] = chapterXhtml(chapter);
  });
  files['OEBPS/text/style.css'] = 'p { margin: 0 }';
  if (options.encryption) {
    const algorithm = options.encryption === 'drm' ? 'http://www.w3.org/2001/04/xmlenc#aes128-cbc' : 'http://www.idpf.org/2008/embedding';
    const target = options.encryption === 'drm' ? 'OEBPS/text/chapter%201.xhtml' : 'OEBPS/fonts/font.otf';
    files['META-INF/encryption.xml'] = `<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${target}"/></enc:CipherData></enc:EncryptedData>
</encryption>`;
  }
  Object.assign(files, options.extra ?? {});
  return files;
}

/** Zips entries as an EPUB: `mimetype` first and stored, the rest deflated. */
export function zipEpub(files: Record<string, string>): Uint8Array {
  const zippable: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  for (const [name, content] of Object.entries(files)) zippable[name] = strToU8(content);
  return zipSync(zippable, { level: 6 });
}

/** Builds an EPUB file's bytes. */
export function buildEpub(options: EpubOptions): Uint8Array {
  return zipEpub(epubEntries(options));
}

/**
 * Rewrites the uncompressed size every header of `zip` declares for the entry `name` (a zip
 * bomb's lie: a small entry claiming to unpack to `size` bytes).
 */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const matchesAt = (at: number) => nameBytes.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === nameBytes.length && matchesAt(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === nameBytes.length && matchesAt(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** Three short chapters, for the EPUB tests. */
export const THREE_CHAPTERS: readonly EpubChapter[] = [
  { title: 'The River', paragraphs: ['The river ran past the mill at dawn.', 'Nobody in the village remembered it frozen.'] },
  { title: 'The Mountain', paragraphs: ['Above the village the mountain kept its snow all year.'] },
  { title: 'The Lantern', paragraphs: ['At night a lantern burned in the last window.', 'It was never put out.'] },
];
