/**
 * The two steps of restoring a backup that touch files: copying the backup's files aside into
 * a staging folder and checking them against its manifest (nothing live changes), then moving
 * the copies into place. Damaged files kept aside in the live folders are never touched.
 */
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { plural } from '../../shared/text/plural';
import {
  BACKED_UP_FOLDERS,
  type BackedUpFolder,
  type Manifest,
  backupTime,
  copyWithoutLink,
  countAnnotations,
  exists,
  isBackedUp,
  isDataFile,
  isKeptAside,
  KEPT_ON_RESTORE,
  namesIn,
} from './backupFiles';
import { copyTrashFiles, installStagedTrash } from './backupTrash';

/** The files copied into the staging folder, by folder; the trash's as `trash/<entry>/<name>` paths. */
export type StagedFiles = Map<BackedUpFolder | 'trash', string[]>;

/** What does not match the manifest: its listed files (missing or of another size), or for older backups its counts. */
function mismatches(manifest: Manifest, sizes: Map<string, number>, documentCount: number, annotationCount: number): string[] {
  if (manifest.files) return manifest.files.filter((f) => sizes.get(f.path) !== f.bytes).map((f) => f.path);
  return [
    ...(documentCount === manifest.documentCount ? [] : [`${plural(documentCount, 'document')} instead of ${manifest.documentCount}`]),
    ...(annotationCount === manifest.annotationCount ? [] : [`${plural(annotationCount, 'highlight')} instead of ${manifest.annotationCount}`]),
  ];
}

/**
 * Copies the files of the backup in `source` into `staging` and checks them against its
 * manifest. Throws `ServiceError('DAMAGED_DATA')` when the backup is incomplete.
 */
export async function stageBackup(source: string, staging: string, manifest: Manifest): Promise<StagedFiles> {
  const staged: StagedFiles = new Map();
  const sizes = new Map<string, number>();
  let documentCount = 0;
  let annotationCount = 0;
  for (const folder of BACKED_UP_FOLDERS) {
    await mkdir(path.join(staging, folder), { recursive: true });
    const copied: string[] = [];
    for (const name of (await namesIn(path.join(source, folder))).filter((n) => isBackedUp(folder, n))) {
      const relative = path.posix.join(folder, name);
      await copyWithoutLink(path.join(source, relative), path.join(staging, relative));
      sizes.set(relative, (await stat(path.join(staging, relative))).size);
      copied.push(name);
      if (folder === 'documents' && isDataFile(folder, name)) documentCount++;
      if (folder === 'annotations' && isDataFile(folder, name)) {
        annotationCount += countAnnotations(await readFile(path.join(staging, relative), 'utf8'));
      }
    }
    staged.set(folder, copied);
  }
  const trash = await copyTrashFiles(source, staging);
  for (const relative of trash) sizes.set(relative, (await stat(path.join(staging, relative))).size);
  staged.set('trash', trash);
  const problems = mismatches(manifest, sizes, documentCount, annotationCount);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join(', ') + (problems.length > 3 ? ', …' : '');
    const what = manifest.files ? `${plural(problems.length, 'file')} missing or damaged: ${shown}` : shown;
    throw new ServiceError(
      'DAMAGED_DATA',
      `The backup from ${backupTime(manifest)} is incomplete (${what}), so it was not restored. Your library was not changed. Choose another backup.`,
    );
  }
  return staged;
}

/**
 * Moves the staged copies into `dataDir`: each data file replaces the live one, live data
 * files the backup does not have are removed, and damaged files kept aside are never touched
 * (the backup's own are added when no file of that name is there).
 */
export async function installStaged(dataDir: string, staging: string, staged: StagedFiles): Promise<void> {
  await installStagedTrash(dataDir, staging, staged.get('trash') ?? []);
  // The index last, so it never lists a document whose file is not there yet.
  for (const folder of ['documents', 'annotations', 'layers', 'versions', 'templates', ''] as const) {
    const live = path.join(dataDir, folder);
    await mkdir(live, { recursive: true });
    const incoming = staged.get(folder) ?? [];
    for (const name of incoming) {
      const target = path.join(live, name);
      if (isKeptAside(folder, name) && (await exists(target))) continue;
      await rename(path.join(staging, folder, name), target);
    }
    if (KEPT_ON_RESTORE.has(folder)) continue;
    for (const name of await namesIn(live)) {
      if (isDataFile(folder, name) && !incoming.includes(name)) await rm(path.join(live, name), { force: true });
    }
  }
}
