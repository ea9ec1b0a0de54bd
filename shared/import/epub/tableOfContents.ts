/**
 * An EPUB's table of contents: the EPUB 3 navigation document (nav.xhtml, `<nav epub:type="toc">`)
 * or the EPUB 2 toc.ncx. Each entry is a label and the href it points to (relative to its file).
 */
import { attributeOf, elementsInOrder, localName, parseXhtml, parseXmlish, textOf, type XmlElement } from './xmlish';

/** One entry of the table of contents. */
export interface TocEntry {
  label: string;
  href: string;
}

function isInside(element: XmlElement, ancestor: XmlElement): boolean {
  for (let node = element.parentNode; node; node = 'parentNode' in node ? node.parentNode : null) {
    if (node === ancestor) return true;
  }
  return false;
}

/** The entries of nav.xhtml's table of contents (the `toc` nav, or the first nav when none says so). */
export function readNavDocument(xhtml: string): TocEntry[] {
  const elements = elementsInOrder(parseXhtml(xhtml));
  const navs = elements.filter((e) => e.tagName === 'nav');
  const toc = navs.find((n) => (attributeOf(n, 'epub:type') ?? '').split(/\s+/).includes('toc')) ?? navs[0];
  if (!toc) return [];
  const entries: TocEntry[] = [];
  for (const element of elementsInOrder(toc)) {
    if (element.tagName !== 'a' || !isInside(element, toc)) continue;
    const href = attributeOf(element, 'href');
    const label = textOf(element);
    if (href && label) entries.push({ label, href });
  }
  return entries;
}

/** The entries of an EPUB 2 toc.ncx, in document order (nested points after their parent). */
export function readNcx(xml: string): TocEntry[] {
  const entries: Array<{ label: string | null; href: string | null }> = [];
  for (const element of elementsInOrder(parseXmlish(xml))) {
    const name = localName(element);
    const current = entries[entries.length - 1];
    if (name === 'navpoint') entries.push({ label: null, href: null });
    else if (name === 'text' && current && current.label === null) current.label = textOf(element);
    else if (name === 'content' && current && current.href === null) current.href = attributeOf(element, 'src');
  }
  return entries.filter((e): e is TocEntry => Boolean(e.label && e.href));
}
