/** The migration chains of each kind of data file. */
import { annotationsV1ToV2 } from './annotationsV1ToV2';
import { annotationsV2ToV3 } from './annotationsV2ToV3';
import type { Migration } from './migration';

export const LIBRARY_MIGRATIONS: readonly Migration[] = [];
export const DOCUMENT_MIGRATIONS: readonly Migration[] = [];
export const ANNOTATIONS_MIGRATIONS: readonly Migration[] = [annotationsV1ToV2, annotationsV2ToV3];
