import type { ProgressEvent } from '../../shared/api';

/** What the services need from their host (main, the e2e bridge, the command line). */
export interface ServiceOptions {
  /** Folder holding library.json, documents/, annotations/ and backups/. */
  dataDir: string;
  /** Folder holding the bundled samples and their manifest. */
  samplesDir: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Receives progress of long tasks (library exports). */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Read only (the command line while the app has the library open): nothing in the data
   * folder is written; calls that would change it are refused with `readOnlyReason`.
   */
  readOnly?: boolean;
  readOnlyReason?: string;
  /** A sentence shown to the user at start-up (why the library opened read-only). */
  startupNotice?: string;
}
