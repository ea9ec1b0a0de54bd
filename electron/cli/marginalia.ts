/**
 * The command line: the same services and data format as the app, under plain Node.
 * Exit status: 0 done, 1 failed (message on stderr), 2 the command line was wrong.
 * `main` runs one command line; the executable that calls it is `bin.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownOptions } from '../../shared/apiSchemas';
import { ServiceError } from '../../shared/errors';
import { terminalField, terminalSafe } from '../../shared/text/terminalSafe';
import { createServices } from '../services/createServices';
import { openLibraryAccess } from '../services/libraryAccess';
import type { ServiceHandlers, WriteOutcome } from '../services/serviceApi';
import { UsageError, optionsFor, parseArgs } from './args';
import { defaultDataDir } from './dataFolder';
import { HELP } from './help';
import { resolveLayer } from './layerChoice';
import { removeCommand, renameCommand, trashCommand, type LibraryCommandContext } from './libraryCommands';
import { describeOpened, layersCommand, packetCommand, type PacketCommandContext } from './packetCommands';
import { searchCommand } from './searchCommand';
import { templateChoiceFor } from './templateChoice';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const FLAGS = new Set(['help', 'version', 'json', 'dry-run', 'force', 'no-notes', 'no-colours', 'no-orphans', 'hashtags']);
const COMMON = ['data', 'help'];

/** Where the CLI writes: stdout for results, stderr for messages. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs `release` when the command's process ends (the default), or whenever a caller that runs
 * several command lines in one process says a command has ended.
 */
export type AtExit = (release: () => void) => void;

const atProcessExit: AtExit = (release) => process.once('exit', release);

/** Opens the library's services for one command: for writing (taking the lock) or only for reading. */
type OpenServices = (writes: boolean, command?: string) => Promise<ServiceHandlers>;

/**
 * The services for one command. A command that writes holds the library lock until the process
 * exits (waiting briefly for another command, refusing while the app has the library open);
 * a reading command takes no lock and opens the library read-only.
 */
async function servicesFor(dataDir: string, writes: boolean, command: string | undefined, atExit: AtExit): Promise<ServiceHandlers> {
  const access = await openLibraryAccess({ dataDir, want: writes ? 'write' : 'read', holder: 'cli', command: command ?? 'import' });
  if (writes && access.readOnly) throw new ServiceError('FORBIDDEN', access.reason ?? 'The library is open read-only.');
  atExit(access.release);
  return createServices({
    dataDir,
    samplesDir: path.join(ROOT, 'assets', 'samples'),
    readOnly: access.readOnly,
    readOnlyReason: access.reason ?? 'The library is open read-only.',
  });
}

/** Finds a document by id or by title (case-insensitive); a clear error when none or several match. */
async function findDocument(services: ServiceHandlers, wanted: string): Promise<string> {
  const docs = await services.listDocuments({});
  const byId = docs.find((d) => d.id === wanted);
  if (byId) return byId.id;
  const byTitle = docs.filter((d) => d.title.toLowerCase() === wanted.toLowerCase());
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byTitle.length > 1) throw new ServiceError('INVALID_ARGUMENT', `Several documents are titled “${wanted}”; use an id: ${byTitle.map((d) => d.id).join(', ')}`);
  throw new ServiceError('NOT_FOUND', `No document has the id or title “${wanted}”. Run “marginalia list” to see them.`);
}

async function list(open: OpenServices, options: Map<string, string | true>, io: Output): Promise<void> {
  const docs = await (await open(false)).listDocuments({});
  if (options.has('json')) {
    io.out(`${JSON.stringify(docs.map((d) => ({ id: d.id, title: d.title, highlights: d.annotationCount, source: d.source.name })), null, 2)}\n`);
    return;
  }
  if (docs.length === 0) io.out('The library is empty.\n');
  for (const d of docs) io.out(`${d.id}\t${String(d.annotationCount).padStart(5)}\t${terminalField(d.title)}\t${terminalField(d.source.name)}\n`);
}

/**
 * `import <file>…`: each file in turn, each reported (a refused one on stderr, without stopping
 * the others); 1 when any was refused. With --new-version-of, exactly one file.
 */
async function importDocuments(open: OpenServices, files: readonly string[], options: Map<string, string | true>, io: Output): Promise<number> {
  const newVersionOf = options.get('new-version-of');
  if (newVersionOf === true) throw new UsageError('--new-version-of needs a document (id or title)');
  if (newVersionOf !== undefined && files.length > 1) throw new UsageError('--new-version-of takes one file');
  const services = await open(true);
  if (newVersionOf === undefined) {
    let refused = 0;
    for (const file of files) {
      try {
        const outcome = await services.importDocumentFile({ path: path.resolve(file) });
        io.out(describeOpened(outcome));
        if (outcome.status === 'imported') for (const note of outcome.leftOut ?? []) io.out(`  ${note}\n`);
      } catch (error) {
        if (!(error instanceof ServiceError) || files.length === 1) throw error;
        io.err(`marginalia: ${error.message}\n`);
        refused += 1;
      }
    }
    return refused > 0 ? 1 : 0;
  }
  const file = files[0]!;
  const documentId = await findDocument(services, newVersionOf);
  const { version, report, document } = await services.replaceDocumentFile({ documentId, path: path.resolve(file) });
  io.out(
    `Replaced the text of “${document.title}” (the old text is kept as version ${version}): ${report.unchanged} highlights unchanged, ${report.moved.length} moved, ${report.changed.length} changed, ${report.orphaned.length} orphaned.\n`,
  );
  for (const c of report.changed) io.out(`changed: “${c.before}” → “${c.after}”\n`);
  for (const o of report.orphaned) io.out(`orphaned: “${o.quote}”\n`);
  return 0;
}

/** `annotations import [<doc>] <file> [--dry-run] [--json]`: any supported tool's file, routed across the library or onto <doc>. */
async function importAnnotations(open: OpenServices, args: readonly string[], options: Map<string, string | true>, io: Output): Promise<void> {
  const [doc, file] = args.length === 2 ? [args[0], args[1]!] : [undefined, args[0]!];
  const dryRun = options.has('dry-run');
  const services = await open(!dryRun, 'annotations import');
  const documentId = doc === undefined ? undefined : await findDocument(services, doc);
  const { report, written } = await services.importForeignFile({ path: path.resolve(file), documentId, dryRun });
  if (options.has('json')) {
    const documents = report.documents.map((d) => ({
      id: d.documentId,
      title: d.title,
      imported: d.exact + d.approximate + d.orphans.length,
      exact: d.exact,
      approximate: d.approximate,
      duplicates: d.duplicates,
      orphans: d.orphans,
    }));
    io.out(`${JSON.stringify({ format: report.format, written, documents, unmatched: report.unmatched, problems: report.problems }, null, 2)}\n`);
    return;
  }
  const verb = written ? 'Imported' : 'Would import';
  for (const d of report.documents) {
    io.out(`${verb} ${d.exact + d.approximate + d.orphans.length} into “${d.title}” (${d.exact} found exactly, ${d.approximate} approximately, ${d.orphans.length} orphans), skipped ${d.duplicates} duplicates.\n`);
    for (const o of d.orphans) io.err(`orphan: “${o.quote}”: ${o.reason}\n`);
  }
  if (report.documents.length === 0) io.out('Nothing matched a document in your library.\n');
  for (const u of report.unmatched) io.err(`unmatched: ${u.title ? `${u.title}: ` : ''}“${u.quote}”: ${u.reason}\n`);
  for (const problem of report.problems) io.err(`warning: ${problem}\n`);
  if (!written) io.out('Nothing was written (--dry-run).\n');
}

/** The export options given on the command line (and the document named without --doc), checked. */
function exportChoices(options: Map<string, string | true>, positionalDoc: string | undefined) {
  const template = options.get('template');
  if (template === true) throw new UsageError('--template needs a name (plain, obsidian, logseq, notion, citation, or one of yours) or a file');
  const format = options.get('format') ?? (template === undefined ? undefined : 'md');
  if (format !== 'md' && format !== 'json' && format !== 'csv') throw new UsageError('--format must be md, json or csv');
  if (template !== undefined && format !== 'md') throw new UsageError('--template makes Markdown; leave out --format or use --format md');
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('--out <path> is required');
  const layout = options.get('layout') ?? 'single';
  if (layout !== 'single' && layout !== 'per-document') throw new UsageError('--layout must be single or per-document');
  const order = options.get('order') ?? 'reading';
  if (order !== 'reading' && order !== 'tag' && order !== 'colour') throw new UsageError('--order must be reading, tag or colour');
  const tag = options.get('tag');
  if (tag === true) throw new UsageError('--tag needs a value');
  if (positionalDoc !== undefined && options.has('doc')) throw new UsageError('name the document once: either before the options or with --doc');
  const doc = options.get('doc') ?? positionalDoc;
  if (doc === true) throw new UsageError('--doc needs a value');
  const markdown = {
    order,
    includeNotes: !options.has('no-notes'),
    includeColours: !options.has('no-colours'),
    includeOrphans: !options.has('no-orphans'),
    tagStyle: options.has('hashtags') ? 'hashtag' : 'text',
  } as const;
  const layer = options.get('layer') ?? 'own';
  if (layer === true) throw new UsageError('--layer needs own, all or a person’s name');
  return { format, template, target: path.resolve(out), layout, tag: tag || undefined, doc, markdown, layer, overwrite: options.has('force') } as const;
}

/** Says what was written, or refuses to replace files that exist. */
function report(outcome: WriteOutcome, io: Output): void {
  if (outcome.status === 'exists') {
    const listed = outcome.existing.slice(0, 5).join(', ') + (outcome.existing.length > 5 ? ', …' : '');
    throw new ServiceError(
      'FORBIDDEN',
      `${outcome.existing.length === 1 ? 'A file' : `${outcome.existing.length} files`} would be replaced (${listed}); nothing was written. Add --force to replace them.`,
    );
  }
  io.out(outcome.files.length === 1 ? `Wrote ${outcome.files[0]}\n` : `Wrote ${outcome.files.length} files to ${path.dirname(outcome.files[0] ?? '.')}\n`);
}

async function exportHighlights(open: OpenServices, positionalDoc: string | undefined, options: Map<string, string | true>, io: Output): Promise<void> {
  const choice = exportChoices(options, positionalDoc);
  const services = await open(false);
  const markdown = markdownOptions.parse(choice.markdown);
  const template = choice.template === undefined ? undefined : await templateChoiceFor(services, choice.template);
  if (choice.doc !== undefined) {
    const documentId = await findDocument(services, choice.doc);
    const layer = await resolveLayer(services, choice.layer, [documentId]);
    const { format, target: exportPath, overwrite, tag } = choice;
    report(await services.exportDocumentTo({ documentId, format, markdown, layer, template, tag, path: exportPath, overwrite }), io);
    return;
  }
  const layer = await resolveLayer(services, choice.layer, (await services.listDocuments({})).map((d) => d.id));
  const { format, layout, tag, overwrite } = choice;
  const single = layout === 'single';
  const folder = single ? path.dirname(choice.target) : choice.target;
  const fileName = single ? path.basename(choice.target) : undefined;
  report(await services.exportLibraryTo({ format, template, layout, tag, markdown, layer, folder, fileName, overwrite }), io);
}

/** The shell the packet commands run in. */
function packetContext(open: OpenServices, io: Output): PacketCommandContext {
  return { services: open, findDocument, out: io.out };
}

/** The shell the library commands (rename, rm, trash) run in. */
function libraryContext(open: OpenServices, io: Output): LibraryCommandContext {
  return { services: open, findDocument, out: io.out };
}

/** Output that never prints control or bidi characters taken from titles, notes or file names. */
function safeOutput(io: Output): Output {
  return { out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
}

/**
 * Runs one command line; resolves with the exit status. A command that writes hands its lock
 * release to `atExit` (by default: when the process exits).
 */
export async function main(argv: readonly string[], unsafeIo: Output, atExit: AtExit = atProcessExit): Promise<number> {
  const io = safeOutput(unsafeIo);
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
    const open: OpenServices = (writes, command) => servicesFor(dataDir, writes, command, atExit);
    switch (command) {
      case 'list':
        optionsFor(parsed, [...COMMON, 'json']);
        if (sub !== undefined) throw new UsageError('list takes no arguments');
        await list(open, parsed.options, io);
        return 0;
      case 'import':
        optionsFor(parsed, [...COMMON, 'new-version-of']);
        if (sub === undefined) throw new UsageError('import takes one or more files');
        return await importDocuments(open, [sub, ...rest], parsed.options, io);
      case 'annotations':
        optionsFor(parsed, [...COMMON, 'dry-run', 'json']);
        if (sub !== 'import' || rest.length < 1 || rest.length > 2) throw new UsageError('usage: marginalia annotations import [<doc>] <file> [--dry-run] [--json]');
        await importAnnotations(open, rest, parsed.options, io);
        return 0;
      case 'packet':
        optionsFor(parsed, [...COMMON, 'doc', 'author', 'title', 'instructions', 'tag', 'out', 'force']);
        if (rest.length > 0) throw new UsageError('packet takes options only; see marginalia packet --help');
        await packetCommand(sub, parsed.options, packetContext(open, io));
        return 0;
      case 'layers':
        optionsFor(parsed, [...COMMON, 'doc', 'json']);
        if (sub !== undefined) throw new UsageError('layers takes options only; see marginalia layers --help');
        await layersCommand(parsed.options, packetContext(open, io));
        return 0;
      case 'export':
        optionsFor(parsed, [...COMMON, 'doc', 'tag', 'format', 'template', 'out', 'layout', 'order', 'layer', 'force', 'no-notes', 'no-colours', 'no-orphans', 'hashtags']);
        if (rest.length > 0) throw new UsageError('export takes at most one document; see marginalia export --help');
        await exportHighlights(open, sub, parsed.options, io);
        return 0;
      case 'search':
        optionsFor(parsed, [...COMMON, 'doc', 'tag', 'json']);
        if (sub === undefined || rest.length > 0) throw new UsageError('search takes one query; put several words in quotes');
        await searchCommand(sub, parsed.options, { services: () => open(false), findDocument, out: io.out });
        return 0;
      case 'rename':
        optionsFor(parsed, COMMON);
        await renameCommand(parsed.positional.slice(1), libraryContext(open, io));
        return 0;
      case 'rm':
        optionsFor(parsed, COMMON);
        await removeCommand(parsed.positional.slice(1), libraryContext(open, io));
        return 0;
      case 'trash':
        optionsFor(parsed, [...COMMON, 'json']);
        await trashCommand(parsed.positional.slice(1), parsed.options.has('json'), libraryContext(open, io));
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
