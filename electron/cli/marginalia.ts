#!/usr/bin/env node
/**
 * The command line: the same services and data format as the app, under plain Node.
 * Exit status: 0 done, 1 failed (message on stderr), 2 the command line was wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownOptions } from '../../shared/apiSchemas';
import type { ApiHandlers } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import type { AnnotatedDocument } from '../../shared/export/markdown';
import { createServices } from '../services/createServices';
import { openLibraryAccess } from '../services/libraryAccess';
import type { Dialogs } from '../services/dialogs';
import { documentExport, libraryExport, withTag, writeExportFile } from '../services/exportFiles';
import { UsageError, optionsFor, parseArgs } from './args';
import { defaultDataDir } from './dataFolder';
import { HELP } from './help';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const FLAGS = new Set(['help', 'version', 'json', 'no-notes', 'no-colours', 'no-orphans']);
const COMMON = ['data', 'help'];

/** Where the CLI writes: stdout for results, stderr for messages. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Dialog answers given on the command line instead of asked for. */
function answers(openPath: string | null, savePath: string | null): Dialogs {
  return {
    chooseFileToOpen: async () => openPath,
    chooseSavePath: async () => savePath,
    chooseFolder: async () => savePath,
    showInFolder: async () => {},
  };
}

/**
 * The services for one command. A command that writes holds the library lock until the process
 * exits (waiting briefly for another command, refusing while the app has the library open);
 * a reading command takes no lock and opens the library read-only.
 */
async function servicesFor(dataDir: string, writes: boolean, dialogs: Dialogs, command = 'import'): Promise<ApiHandlers> {
  const access = await openLibraryAccess({ dataDir, want: writes ? 'write' : 'read', holder: 'cli', command });
  if (writes && access.readOnly) throw new ServiceError('FORBIDDEN', access.reason ?? 'The library is open read-only.');
  process.once('exit', access.release);
  return createServices({
    dataDir,
    samplesDir: path.join(ROOT, 'assets', 'samples'),
    dialogs,
    readOnly: access.readOnly,
    readOnlyReason: access.reason ?? 'The library is open read-only.',
  });
}

/** Finds a document by id or by title (case-insensitive); a clear error when none or several match. */
async function findDocument(services: ApiHandlers, wanted: string): Promise<string> {
  const docs = await services.listDocuments({});
  const byId = docs.find((d) => d.id === wanted);
  if (byId) return byId.id;
  const byTitle = docs.filter((d) => d.title.toLowerCase() === wanted.toLowerCase());
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byTitle.length > 1) throw new ServiceError('INVALID_ARGUMENT', `Several documents are titled “${wanted}”; use an id: ${byTitle.map((d) => d.id).join(', ')}`);
  throw new ServiceError('NOT_FOUND', `No document has the id or title “${wanted}”. Run “marginalia list” to see them.`);
}

async function list(dataDir: string, options: Map<string, string | true>, io: Output): Promise<void> {
  const docs = await (await servicesFor(dataDir, false, answers(null, null))).listDocuments({});
  if (options.has('json')) {
    io.out(`${JSON.stringify(docs.map((d) => ({ id: d.id, title: d.title, highlights: d.annotationCount, source: d.source.name })), null, 2)}\n`);
    return;
  }
  if (docs.length === 0) io.out('The library is empty.\n');
  for (const d of docs) io.out(`${d.id}\t${String(d.annotationCount).padStart(5)}\t${d.title}\t${d.source.name}\n`);
}

async function importDocument(dataDir: string, file: string, io: Output): Promise<void> {
  const services = await servicesFor(dataDir, true, answers(path.resolve(file), null));
  const outcome = await services.openFile({});
  if (outcome.status === 'cancelled') return;
  io.out(
    outcome.status === 'imported'
      ? `Imported “${outcome.document.title}” as ${outcome.document.id}\n`
      : `“${outcome.document.title}” is already in the library as ${outcome.document.id}\n`,
  );
}

async function importAnnotations(dataDir: string, doc: string, file: string, io: Output): Promise<void> {
  const services = await servicesFor(dataDir, true, answers(path.resolve(file), null));
  const documentId = await findDocument(services, doc);
  const outcome = await services.importAnnotations({ documentId });
  if (outcome.status !== 'imported') return;
  io.out(`Imported ${outcome.imported}, skipped ${outcome.duplicates} duplicates, ${outcome.orphans} orphans.\n`);
  for (const problem of outcome.problems) io.err(`warning: ${problem}\n`);
}

async function exportHighlights(dataDir: string, options: Map<string, string | true>, io: Output): Promise<void> {
  const format = options.get('format');
  if (format !== 'md' && format !== 'json') throw new UsageError('--format must be md or json');
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('--out <path> is required');
  const layout = options.get('layout') ?? 'single';
  if (layout !== 'single' && layout !== 'per-document') throw new UsageError('--layout must be single or per-document');
  const order = options.get('order') ?? 'reading';
  if (order !== 'reading' && order !== 'tag' && order !== 'colour') throw new UsageError('--order must be reading, tag or colour');
  const tag = options.get('tag');
  if (tag === true) throw new UsageError('--tag needs a value');
  const markdown = {
    ...markdownOptions.parse(undefined),
    order,
    includeNotes: !options.has('no-notes'),
    includeColours: !options.has('no-colours'),
    includeOrphans: !options.has('no-orphans'),
    exportedAt: new Date().toISOString(),
  } as const;
  const target = path.resolve(out);
  const services = await servicesFor(dataDir, false, answers(null, target));
  const doc = options.get('doc');
  if (doc === true) throw new UsageError('--doc needs a value');
  const ids = doc ? [await findDocument(services, doc)] : (await services.listDocuments({})).map((d) => d.id);
  const all: AnnotatedDocument[] = [];
  for (const id of ids) {
    const document = await services.getDocument({ documentId: id });
    all.push({ document, annotations: (await services.listAnnotations({ documentId: id })).annotations });
  }
  const docs = withTag(all, tag || undefined, Boolean(doc));
  if (docs.length === 0) throw new ServiceError('NOT_FOUND', `No highlights are tagged “${String(tag)}”.`);
  if (doc) {
    await writeExportFile(target, documentExport(docs[0]!, format, markdown));
    io.out(`Wrote ${target}\n`);
    return;
  }
  const files = libraryExport(docs, format, layout, { ...markdown, ...(tag ? { title: `Highlights tagged “${tag}”` } : {}) });
  if (layout === 'single') {
    await writeExportFile(target, files[0]!.content);
    io.out(`Wrote ${target}\n`);
    return;
  }
  for (const file of files) await writeExportFile(path.join(target, file.name), file.content);
  io.out(`Wrote ${files.length} files to ${target}\n`);
}

/** Runs one command line; resolves with the exit status. */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  try {
    const parsed = parseArgs(argv, FLAGS);
    const [command, sub, ...rest] = parsed.positional;
    if (parsed.options.has('version')) {
      io.out(`${(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
      return 0;
    }
    const helpKey = command === undefined ? 'main' : command;
    if (parsed.options.has('help') || command === undefined || command === 'help') {
      io.out(`${HELP[command === 'help' ? (sub ?? 'main') : helpKey] ?? HELP['main']}\n`);
      return command === undefined && !parsed.options.has('help') ? 2 : 0;
    }
    const data = parsed.options.get('data');
    if (data === true) throw new UsageError('--data needs a folder');
    const dataDir = path.resolve(data ?? defaultDataDir());
    switch (command) {
      case 'list':
        optionsFor(parsed, [...COMMON, 'json']);
        if (sub !== undefined) throw new UsageError('list takes no arguments');
        await list(dataDir, parsed.options, io);
        return 0;
      case 'import':
        optionsFor(parsed, COMMON);
        if (sub === undefined || rest.length > 0) throw new UsageError('import takes one file');
        await importDocument(dataDir, sub, io);
        return 0;
      case 'annotations':
        optionsFor(parsed, COMMON);
        if (sub !== 'import' || rest.length !== 2) throw new UsageError('usage: marginalia annotations import <doc> <w3c.json>');
        await importAnnotations(dataDir, rest[0]!, rest[1]!, io);
        return 0;
      case 'export':
        optionsFor(parsed, [...COMMON, 'doc', 'tag', 'format', 'out', 'layout', 'order', 'no-notes', 'no-colours', 'no-orphans']);
        if (sub !== undefined) throw new UsageError('export takes options only; see marginalia export --help');
        await exportHighlights(dataDir, parsed.options, io);
        return 0;
      default:
        throw new UsageError(`unknown command “${command}”`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`marginalia: ${error.message}\nRun “marginalia --help” for usage.\n`);
      return 2;
    }
    if (error instanceof ServiceError) {
      io.err(`marginalia: ${error.message}\n`);
      return 1;
    }
    io.err(`marginalia: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
