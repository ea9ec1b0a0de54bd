/**
 * An EPUB's text as one document: the chapters in spine order, each starting with a heading
 * (its own first heading, or its title from the table of contents), read with the same parse5
 * walker as HTML files. Pure: it takes the archive's text entries, already unzipped with limits
 * (electron/services/epubArchive.ts). A chapter that is missing or unreadable is left out and
 * named in `notes`; a DRM-protected book is refused.
 */
import { ServiceError } from '../../errors';
import { parseHtml } from '../htmlText';
import { assembleBlocks, draftBlocksOf, type DraftBlock, type ParsedText } from '../plainText';
import { isDrmProtected } from './drm';
import { packagePathFrom, readPackageDocument, type PackageDocument } from './packageDocument';
import { resolveHref } from './paths';
import { readNavDocument, readNcx, type TocEntry } from './tableOfContents';
import { expandSelfClosingTags } from './xmlish';

/** A book read into the document model, with its author and what was left out. */
export interface ParsedBook extends ParsedText {
  author: string | null;
  /** One sentence per part of the book that could not be read and was left out. */
  notes: string[];
}

const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/x-dtbook+xml', '']);

/** The most text read from one book (about 20 long novels); the rest is left out and said so. */
export const MAX_BOOK_CHARACTERS = 50_000_000;

/** Chapter path → its first title in the table of contents (nav.xhtml, else toc.ncx). */
function chapterTitles(opfPath: string, opf: PackageDocument, files: ReadonlyMap<string, string>): Map<string, string> {
  const items = [...opf.manifest.values()];
  const nav = items.find((i) => i.properties.includes('nav'));
  const ncx = (opf.ncxId ? opf.manifest.get(opf.ncxId) : undefined) ?? items.find((i) => i.mediaType === 'application/x-dtbncx+xml');
  const titles = new Map<string, string>();
  for (const [item, read] of [
    [nav, readNavDocument],
    [ncx, readNcx],
  ] as const) {
    if (!item || titles.size > 0) continue;
    const tocPath = resolveHref(opfPath, item.href);
    const tocText = tocPath === null ? undefined : files.get(tocPath);
    if (tocPath === null || tocText === undefined) continue;
    for (const entry of (read as (text: string) => TocEntry[])(tocText)) {
      const target = resolveHref(tocPath, entry.href);
      if (target !== null && !titles.has(target)) titles.set(target, entry.label);
    }
  }
  return titles;
}

/** The blocks of one chapter's XHTML, starting with a heading when one is known. */
function chapterBlocks(xhtml: string, title: string | undefined): DraftBlock[] {
  const parsed = parseHtml(expandSelfClosingTags(xhtml));
  const drafts = draftBlocksOf(parsed);
  if (drafts.length > 0 && drafts[0]!.kind === 'heading') return drafts;
  return title ? [{ kind: 'heading', text: title }, ...drafts] : drafts;
}

/**
 * Reads the book in `files` (entry path → text of every XML/XHTML entry). Throws a ServiceError
 * naming `fileName` when the book is DRM-protected or has no readable package document.
 */
export function readEpub(
  fileName: string,
  files: ReadonlyMap<string, string>,
  progress: (done: number, total: number) => void = () => {},
  limits: { maxCharacters: number } = { maxCharacters: MAX_BOOK_CHARACTERS },
): ParsedBook {
  if (isDrmProtected(files.get('META-INF/encryption.xml') ?? null, files.has('META-INF/rights.xml'))) {
    throw new ServiceError(
      'UNSUPPORTED_FILE',
      `“${fileName}” is protected by DRM, so Marginalia cannot read its text. Nothing was imported; open it in the app it was bought for, or import a DRM-free copy.`,
    );
  }
  const container = files.get('META-INF/container.xml');
  const opfPath = container === undefined ? null : packagePathFrom(container);
  const opfText = opfPath === null ? undefined : files.get(opfPath);
  if (opfPath === null || opfText === undefined) {
    throw new ServiceError('UNREADABLE_FILE', `“${fileName}” is not a complete EPUB (it does not say where its chapters are), so nothing was imported.`);
  }
  const opf = readPackageDocument(opfText);
  const titles = chapterTitles(opfPath, opf, files);
  const drafts: DraftBlock[] = [];
  const notes: string[] = [];
  // A chapter listed twice is read once: a spine that repeats one file cannot multiply the book.
  const read = new Set<string>();
  let characters = 0;
  let full = false;
  opf.spine.forEach((idref, index) => {
    if (full) return;
    progress(index, opf.spine.length);
    const item = opf.manifest.get(idref);
    const chapterPath = item ? resolveHref(opfPath, item.href) : null;
    const xhtml = chapterPath === null ? undefined : files.get(chapterPath);
    if (!item || !CHAPTER_TYPES.has(item.mediaType)) {
      if (!item) notes.push(`Chapter ${index + 1} (“${idref}”) is listed in the book’s reading order but not in its contents, so it was left out.`);
      return;
    }
    if (xhtml === undefined) {
      notes.push(`Chapter ${index + 1} (“${item.href}”) is missing from the book, so it was left out.`);
      return;
    }
    if (read.has(chapterPath!)) return;
    read.add(chapterPath!);
    const blocks = chapterBlocks(xhtml, titles.get(chapterPath!));
    const size = blocks.reduce((sum, block) => sum + block.text.length + 2, 0);
    if (characters + size > limits.maxCharacters && drafts.length > 0) {
      notes.push(`The book is longer than Marginalia reads at once (${limits.maxCharacters.toLocaleString('en')} characters), so everything after chapter ${index} was left out.`);
      full = true;
      return;
    }
    characters += size;
    drafts.push(...blocks);
  });
  progress(opf.spine.length, opf.spine.length);
  const assembled = assembleBlocks(drafts);
  const first = drafts[0];
  const title = opf.title ?? (first?.kind === 'heading' ? first.text : null);
  return { title, author: opf.author, notes, ...assembled };
}
