/** The refusals of textDecoding.ts and legacyTextDecoding.ts, each naming the file and what to do. */
import { ServiceError } from '../../shared/errors';

/** BINARY_FILE: the file holds binary data, not text. */
export function binaryError(name: string): ServiceError {
  return new ServiceError('BINARY_FILE', `“${name}” doesn't look like a text file (it contains binary data), so it was not imported.`);
}

/** UNSUPPORTED_FILE: the file is text in an encoding that cannot be read (or not for certain); `why` completes the sentence. */
export function encodingError(name: string, why: string): ServiceError {
  return new ServiceError('UNSUPPORTED_FILE', `“${name}” ${why}, so it was not imported. Save it as UTF-8 text and open it again.`);
}
