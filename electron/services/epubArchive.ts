/**
 * Opening an EPUB's zip with limits, before anything is inflated: at most
 * {@link EPUB_LIMITS}.maxEntries entries and maxTotalBytes declared in all (a zip bomb is
 * refused from its directory, never unpacked), and only entries whose names stay inside the
 * archive. Only the text entries a book is read from (XML, OPF, NCX, XHTML) are inflated, each
 * into a buffer of its declared size, so an entry that lies about its size cannot grow past it.
 * Pure Node (fflate); runs inside the import worker.
 */
import { unzipSync } from 'fflate';
import { ServiceError } from '../../shared/errors';
import { isSafeEntryName } from '../../shared/import/epub/paths';

/** The archive limits. */
export const EPUB_LIMITS = { maxEntries: 10_000, maxTotalBytes: 500 * 1024 * 1024, maxTextEntryBytes: 64 * 1024 * 1024 } as const;

const TEXT_ENTRY = /\.(xml|opf|ncx|xhtml|html|htm)$/i;

/** Why a limit was hit, thrown from fflate's filter to stop before inflating. */
class LimitExceeded extends Error {}

/**
 * The text entries of the EPUB `bytes` (entry name → UTF-8 text). Throws a ServiceError naming
 * `fileName` when the zip is damaged or over a limit.
 */
export function readEpubArchive(fileName: string, bytes: Uint8Array): Map<string, string> {
  let entries = 0;
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        total += file.originalSize;
        if (entries > EPUB_LIMITS.maxEntries) throw new LimitExceeded(`it has more than ${EPUB_LIMITS.maxEntries.toLocaleString('en')} files inside`);
        if (total > EPUB_LIMITS.maxTotalBytes) throw new LimitExceeded(`it would unpack to more than ${EPUB_LIMITS.maxTotalBytes / (1024 * 1024)} MB`);
        if (!isSafeEntryName(file.name) || !TEXT_ENTRY.test(file.name)) return false;
        if (file.originalSize > EPUB_LIMITS.maxTextEntryBytes) throw new LimitExceeded(`“${file.name}” inside it is larger than ${EPUB_LIMITS.maxTextEntryBytes / (1024 * 1024)} MB`);
        return file.compression === 0 || file.compression === 8;
      },
    });
  } catch (error) {
    if (error instanceof LimitExceeded) throw new ServiceError('FILE_TOO_LARGE', `“${fileName}” was not imported: ${error.message}, more than an e-book needs.`);
    throw new ServiceError('UNREADABLE_FILE', `“${fileName}” is not a readable EPUB (its zip structure is damaged), so nothing was imported.`);
  }
  const decoder = new TextDecoder('utf-8');
  const files = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipped)) files.set(name, decoder.decode(data));
  return files;
}
