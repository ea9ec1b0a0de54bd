/**
 * Reading a `.marginalia` file a user opened: the size cap and UTF-8 check here, the parsing
 * and every check of the format in a worker thread with a time limit.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from '../../shared/errors';
import { PACKET_MAX_BYTES } from '../../shared/packet/packetFormat';
import type { ReadPacketResult } from '../../shared/packet/readPacket';
import { runInWorker, type WorkerRunOptions } from './worker/runInWorker';

/** File name endings of packets and hand-ins. */
export const PACKET_EXTENSIONS = ['marginalia'] as const;

/** True for a file name that names a packet or hand-in. */
export function isPacketFileName(file: string): boolean {
  return (PACKET_EXTENSIONS as readonly string[]).includes(path.extname(file).slice(1).toLowerCase());
}

/** A packet read and checked; refused whole with a ServiceError('INVALID_PACKET') that says why. */
export async function readPacketFile(file: string, options: WorkerRunOptions = {}): Promise<Extract<ReadPacketResult, { ok: true }>> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new ServiceError('UNREADABLE_FILE', `“${name}” could not be read.`);
  if (info.size > PACKET_MAX_BYTES) {
    throw new ServiceError('FILE_TOO_LARGE', `“${name}” is larger than ${PACKET_MAX_BYTES / 1024 / 1024} MB, more than any packet Marginalia makes; nothing was imported.`);
  }
  const bytes = await readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ServiceError('INVALID_PACKET', `“${name}” is not a Marginalia packet: it is not UTF-8 text; nothing was imported.`);
  }
  const read = await runInWorker('readPacket', { text }, { fileName: name, outcome: 'nothing was imported', ...options });
  if (!read.ok) throw new ServiceError('INVALID_PACKET', `“${name}”: ${read.problem}`);
  return read;
}
