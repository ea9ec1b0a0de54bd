import { describe, expect, it } from 'vitest';
import { isDrmProtected } from '../../../../../shared/import/epub/drm';
import { packagePathFrom, readPackageDocument } from '../../../../../shared/import/epub/packageDocument';
import { isSafeEntryName, resolveHref } from '../../../../../shared/import/epub/paths';
import { readNavDocument, readNcx } from '../../../../../shared/import/epub/tableOfContents';
import { expandSelfClosingTags } from '../../../../../shared/import/epub/xmlish';

describe('EPUB paths', () => {
  it.each(['../evil', 'a/../../evil', '/etc/passwd', 'a\\..\\b', 'C:/x', './a', ''])('refuses the entry name %j', (name) => {
    expect(isSafeEntryName(name)).toBe(false);
  });

  it('resolves hrefs against their file and never out of the archive', () => {
    expect(resolveHref('OEBPS/content.opf', 'text/ch%201.xhtml#p3')).toBe('OEBPS/text/ch 1.xhtml');
    expect(resolveHref('OEBPS/text/a.xhtml', '../b.xhtml')).toBe('OEBPS/b.xhtml');
    expect(resolveHref('OEBPS/content.opf', '../../evil.xhtml')).toBeNull();
    expect(resolveHref('content.opf', '/abs.xhtml')).toBeNull();
    expect(resolveHref('content.opf', 'https://example.org/x.xhtml')).toBeNull();
    expect(resolveHref('content.opf', '%E0%A4%A')).toBeNull();
  });
});

describe('EPUB package document', () => {
  it('finds the OPF named in container.xml', () => {
    expect(packagePathFrom('<container><rootfiles><rootfile full-path="a/b.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')).toBe('a/b.opf');
    expect(packagePathFrom('<container/>')).toBeNull();
  });

  it('reads title, author, manifest and spine, with self-closing items', () => {
    const opf = readPackageDocument(`<package><metadata><dc:title>T &amp; U</dc:title><dc:creator>A</dc:creator></metadata>
      <manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/><item id="n" href="nav.xhtml" properties="nav scripted"/></manifest>
      <spine toc="ncx"><itemref idref="a"/><itemref idref="b"/></spine></package>`);
    expect(opf.title).toBe('T & U');
    expect(opf.author).toBe('A');
    expect([...opf.manifest.keys()]).toEqual(['a', 'n']);
    expect(opf.manifest.get('n')!.properties).toEqual(['nav', 'scripted']);
    expect(opf.spine).toEqual(['a', 'b']);
    expect(opf.ncxId).toBe('ncx');
  });
});

describe('EPUB table of contents', () => {
  it('reads the toc nav of nav.xhtml, not the landmarks', () => {
    const nav = `<html><body><nav epub:type="landmarks"><a href="x.xhtml">Cover</a></nav>
      <nav epub:type="toc"><ol><li><a href="a.xhtml">One</a><ol><li><a href="a.xhtml#s">One, part</a></li></ol></li><li><a href="b.xhtml"><span>Two</span></a></li></ol></nav></body></html>`;
    expect(readNavDocument(nav)).toEqual([
      { label: 'One', href: 'a.xhtml' },
      { label: 'One, part', href: 'a.xhtml#s' },
      { label: 'Two', href: 'b.xhtml' },
    ]);
  });

  it('reads toc.ncx nav points, nested ones after their parent, ignoring the document title', () => {
    const ncx = `<ncx><docTitle><text>Book</text></docTitle><navMap>
      <navPoint><navLabel><text>One</text></navLabel><content src="a.xhtml"/>
        <navPoint><navLabel><text>One, part</text></navLabel><content src="a.xhtml#s"/></navPoint></navPoint>
      <navPoint><navLabel><text>Two</text></navLabel><content src="b.xhtml"/></navPoint></navMap></ncx>`;
    expect(readNcx(ncx)).toEqual([
      { label: 'One', href: 'a.xhtml' },
      { label: 'One, part', href: 'a.xhtml#s' },
      { label: 'Two', href: 'b.xhtml' },
    ]);
  });
});

describe('EPUB DRM', () => {
  it('tells DRM from font obfuscation', () => {
    const encryption = (algorithm: string) => `<encryption><EncryptedData><EncryptionMethod Algorithm="${algorithm}"/></EncryptedData></encryption>`;
    expect(isDrmProtected(null, false)).toBe(false);
    expect(isDrmProtected(null, true)).toBe(true);
    expect(isDrmProtected(encryption('http://www.idpf.org/2008/embedding'), false)).toBe(false);
    expect(isDrmProtected(encryption('http://ns.adobe.com/pdf/enc#RC'), false)).toBe(false);
    expect(isDrmProtected(encryption('http://www.w3.org/2001/04/xmlenc#aes128-cbc'), false)).toBe(true);
  });
});

describe('expandSelfClosingTags', () => {
  it('writes out non-void self-closing tags and leaves void ones', () => {
    expect(expandSelfClosingTags('<title/><item id="a"/><br/><meta name="x" />')).toBe('<title></title><item id="a"></item><br/><meta name="x" />');
  });

  it('leaves a long run of unclosed tags unchanged', () => {
    const hostile = '<a b="'.repeat(50_000);
    expect(expandSelfClosingTags(hostile)).toBe(hostile);
  });
});
