/**
 * Telling a DRM-protected EPUB from one whose fonts are merely obfuscated: META-INF/rights.xml,
 * or an encryption.xml that encrypts anything with an algorithm other than the two font
 * obfuscation schemes (IDPF and Adobe), means the text cannot be read.
 */
import { attributeOf, elementsInOrder, localName, parseXmlish } from './xmlish';

const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);

/** True when the book is protected by DRM (its encryption.xml and whether it has a rights.xml). */
export function isDrmProtected(encryptionXml: string | null, hasRightsFile: boolean): boolean {
  if (hasRightsFile) return true;
  if (encryptionXml === null) return false;
  for (const element of elementsInOrder(parseXmlish(encryptionXml))) {
    if (localName(element) !== 'encryptionmethod') continue;
    if (!FONT_OBFUSCATION.has(attributeOf(element, 'algorithm') ?? '')) return true;
  }
  return false;
}
