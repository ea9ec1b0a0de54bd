import type { ApiErrorCode } from './api';

/** An expected failure with a code the UI understands and a message a person can act on. */
export class ServiceError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
  }
}
