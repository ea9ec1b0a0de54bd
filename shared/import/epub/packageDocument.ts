/**
 * An EPUB's container.xml and OPF package document: where the package is, the book's title and
 * author, its manifest and its spine (reading order).
 */
import { attributeOf, elementsInOrder, localName, parseXmlish, textOf } from './xmlish';

/** One manifest item: its href (as written, relative to the OPF), media type and properties. */
export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties: string[];
}

/** What the OPF says about the book. */
export interface PackageDocument {
  title: string | null;
  author: string | null;
  manifest: Map<string, ManifestItem>;
  /** Manifest ids in reading order. */
  spine: string[];
  /** The manifest id of the EPUB 2 toc.ncx, if the spine names one. */
  ncxId: string | null;
}

/** The path of the package document named in META-INF/container.xml, or null. */
export function packagePathFrom(containerXml: string): string | null {
  for (const element of elementsInOrder(parseXmlish(containerXml))) {
    if (localName(element) !== 'rootfile') continue;
    const mediaType = attributeOf(element, 'media-type');
    const fullPath = attributeOf(element, 'full-path');
    if (fullPath && (mediaType === null || mediaType === 'application/oebps-package+xml')) return fullPath;
  }
  return null;
}

/** Reads an OPF package document. */
export function readPackageDocument(opfXml: string): PackageDocument {
  const result: PackageDocument = { title: null, author: null, manifest: new Map(), spine: [], ncxId: null };
  let inMetadata = false;
  for (const element of elementsInOrder(parseXmlish(opfXml))) {
    const name = localName(element);
    if (name === 'metadata') inMetadata = true;
    if (name === 'manifest' || name === 'spine') inMetadata = false;
    if (inMetadata && name === 'title' && result.title === null) result.title = textOf(element) || null;
    else if (inMetadata && name === 'creator' && result.author === null) result.author = textOf(element) || null;
    else if (name === 'item') {
      const id = attributeOf(element, 'id');
      const href = attributeOf(element, 'href');
      if (id && href && !result.manifest.has(id)) {
        const properties = (attributeOf(element, 'properties') ?? '').split(/\s+/).filter(Boolean);
        result.manifest.set(id, { id, href, mediaType: attributeOf(element, 'media-type') ?? '', properties });
      }
    } else if (name === 'spine') {
      result.ncxId = attributeOf(element, 'toc');
    } else if (name === 'itemref') {
      const idref = attributeOf(element, 'idref');
      if (idref) result.spine.push(idref);
    }
  }
  return result;
}
