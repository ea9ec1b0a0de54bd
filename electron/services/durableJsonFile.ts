/**
 * A lowdb adapter that makes each save durable: the JSON goes to a temporary file that is
 * flushed to disk (fsync) and renamed over the old one, and the folder is flushed too, so a
 * crash or power cut leaves either the old or the new file, never a torn one. Saves to one
 * file are serialized; a save requested while another runs is merged into the next write, and
 * every caller resolves only once a write holding its data is on disk.
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomicWrite';

export class DurableJsonFile<T> implements Adapter<T> {
  private running: Promise<void> | null = null;
  private next: { data: string; waiters: { resolve: () => void; reject: (e: unknown) => void }[] } | null = null;

  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    return new Promise((resolve, reject) => {
      if (this.next) {
        this.next.data = text;
        this.next.waiters.push({ resolve, reject });
      } else {
        this.next = { data: text, waiters: [{ resolve, reject }] };
      }
      if (!this.running) this.running = this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.next) {
      const batch = this.next;
      this.next = null;
      try {
        await writeFileAtomic(this.file, batch.data);
        await syncFolder(path.dirname(this.file));
        batch.waiters.forEach((w) => w.resolve());
      } catch (error) {
        batch.waiters.forEach((w) => w.reject(error));
      }
    }
    this.running = null;
  }
}

/** Flushes a folder's entries (the rename) to disk; not possible on Windows, where it is skipped. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
