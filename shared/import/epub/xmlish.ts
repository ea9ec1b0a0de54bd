/**
 * Reading the XML files of an EPUB (container.xml, the OPF package, toc.ncx, XHTML) with parse5,
 * the same linear, spec-compliant parser the HTML importer uses, instead of a second parser.
 * parse5 parses HTML, so XML's self-closing tags (`<item/>`, `<title/>`) are first written out
 * as start and end tags; otherwise HTML would nest every following element inside them (or, for
 * `<title/>`, read the rest of the file as a title). Walks are iterative: any depth is fine.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export type XmlNode = DefaultTreeAdapterTypes.Node;
export type XmlElement = DefaultTreeAdapterTypes.Element;

/** HTML's void elements: they never have an end tag, so their `/>` is left alone. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Writes `<name attrs/>` as `<name attrs></name>` for every non-void element. Linear: each match
 * starts at a `<` and cannot run past the next `<` or `>`.
 */
export function expandSelfClosingTags(xml: string): string {
  return xml.replace(/<([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)\/>/g, (whole, name: string, attributes: string) =>
    VOID.has(name.toLowerCase()) ? whole : `<${name}${attributes}></${name}>`,
  );
}

/** Parses an XML file (container, OPF, NCX) into a parse5 fragment; tag and attribute names come out lower-case. */
export function parseXmlish(xml: string): XmlNode {
  return parseFragment(expandSelfClosingTags(xml));
}

/** Parses an XHTML file as a whole HTML document (for chapters and nav.xhtml). */
export function parseXhtml(xhtml: string): XmlNode {
  return parse(expandSelfClosingTags(xhtml));
}

/** True when `node` is an element. */
export function isElement(node: XmlNode): node is XmlElement {
  return 'tagName' in node;
}

function childrenOf(node: XmlNode): readonly XmlNode[] {
  if ('content' in node && node.content) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `root`, in document order, found with an explicit stack. */
export function elementsInOrder(root: XmlNode): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node !== root) found.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The value of attribute `name` (lower-case) on `element`, or null. */
export function attributeOf(element: XmlElement, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

/** The text inside `element`, whitespace collapsed. */
export function textOf(element: XmlElement): string {
  let text = '';
  const stack: XmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The local name of an element (`dc:title` → `title`). */
export function localName(element: XmlElement): string {
  const colon = element.tagName.lastIndexOf(':');
  return colon < 0 ? element.tagName : element.tagName.slice(colon + 1);
}
