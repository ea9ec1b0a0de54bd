/**
 * Child process for the lock race test: starts "the app" the way electron/main/index.ts does
 * (openLibraryAccess, then createServices with its read-only answer), then saves highlights
 * through the handlers. Prints one line per event:
 *   "notice <text>"    a start-up notice (why the library is read-only)
 *   "ack <id>"         a highlight that createAnnotation acknowledged (it is on disk)
 *   "refused <text>"   a highlight the services refused
 * and releases the lock when done, as the app does when it quits.
 *
 * Usage: node --import tsx tests/support/lockRaceApp.ts <dataDir> <documentId> <count>
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../../electron/services/createServices';
import { openLibraryAccess } from '../../electron/services/libraryAccess';

const [dataDir, documentId, count] = process.argv.slice(2);
if (!dataDir || !documentId || !count) throw new Error('usage: lockRaceApp <dataDir> <documentId> <count>');

const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');
const access = await openLibraryAccess({ dataDir, want: 'write', holder: 'app' });
try {
  const services = await createServices({
    dataDir,
    samplesDir,
    ...(access.readOnly && access.reason !== null
      ? { readOnly: true, readOnlyReason: access.reason, startupNotice: access.reason }
      : {}),
  });
  for (const notice of (await services.getStatus({})).notices) process.stdout.write(`notice ${notice}\n`);
  // The reader opens the document: its text and highlights are loaded before any save.
  const { text } = await services.getDocument({ documentId });
  await services.listAnnotations({ documentId });
  for (let i = 0; i < Number(count); i++) {
    // Spread the saves out, as a reader would, so they interleave with the command line.
    await new Promise((resolve) => setTimeout(resolve, 15));
    const start = (i * 37) % (text.length - 10);
    try {
      const created = await services.createAnnotation({ documentId, start, end: start + 8, color: 'green', note: `app ${i}`, tags: [] });
      process.stdout.write(`ack ${created.id}\n`);
    } catch (error) {
      process.stdout.write(`refused ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
} finally {
  access.release();
}
