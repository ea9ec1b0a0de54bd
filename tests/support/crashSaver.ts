/**
 * Child process for the crash test: saves annotations (and now and then a document) in a loop
 * through the real stores, printing "ack <kind> <id>" after each save has resolved. The parent
 * kills it with SIGKILL at a random moment.
 *
 * Usage: node --import tsx tests/support/crashSaver.ts <dataDir> <documentId>
 */
import { TEST_PERSON } from './person';
import { randomUUID } from 'node:crypto';
import { AnnotationStore } from '../../electron/services/annotationStore';
import { dataPaths } from '../../electron/services/dataLayout';
import { LibraryStore, sha256Hex } from '../../electron/services/libraryStore';
import { parsePlainText } from '../../shared/import/plainText';

const [dataDir, documentId] = process.argv.slice(2);
if (!dataDir || !documentId) throw new Error('usage: crashSaver <dataDir> <documentId>');

const paths = dataPaths(dataDir);
const library = await LibraryStore.open(paths);
const annotations = new AnnotationStore(paths);
process.stdout.write('ready\n');

for (let i = 0; ; i++) {
  const stamp = new Date().toISOString();
  const id = randomUUID();
  await annotations.add({
    id,
    documentId,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: `passage ${i}`, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: i, end: i + 5 },
      ],
    },
    color: 'yellow',
    note: `note ${i} `.repeat(1 + (i % 20)),
    tags: [`t${i % 5}`],
    origin: 'own',
    creator: TEST_PERSON,
    motivation: 'highlighting',
    createdAt: stamp,
    updatedAt: stamp,
  });
  process.stdout.write(`ack annotation ${id}\n`);
  if (i % 10 === 9) {
    const text = `Crash test document ${id}.`;
    const parsed = parsePlainText(text);
    const added = await library.add({ parsed, title: `Doc ${id}`, source: { kind: 'file', name: 'x.txt', sha256: sha256Hex(text) } }, stamp);
    process.stdout.write(`ack document ${added.summary.id}\n`);
  }
}
