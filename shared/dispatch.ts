/**
 * The one place a raw call becomes a validated handler call and an envelope.
 * Main's IPC handlers and the e2e bridge both go through {@link dispatchCall}.
 */
import { API_NAMES, type ApiHandlers, type ApiName, type ApiResult } from './api';
import { apiInputSchemas } from './apiSchemas';
import { ServiceError } from './errors';
import { shorten } from './text/shorten';

/** Longest name, and longest detail, an error message repeats back from the caller's input. */
const ECHO_LIMIT = { name: 80, detail: 400 } as const;

/** An unknown call's name as a message shows it: shortened, or the kind of value sent instead of a name. */
function describeName(name: unknown): string {
  if (typeof name !== 'string') return `(not a name but ${name === null ? 'null' : `a ${typeof name}`})`;
  return shorten(name, ECHO_LIMIT.name) || '(an empty name)';
}

/** True when `name` is a call in the contract. */
export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && (API_NAMES as readonly string[]).includes(name);
}

/**
 * Validates `rawInput` against the schema of `name`, runs the handler and wraps the outcome.
 * Never throws: unexpected errors become `INTERNAL` with a generic message (the detail goes to `onUnexpected`).
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  name: unknown,
  rawInput: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<ApiResult<unknown>> {
  if (!isApiName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_CALL', message: `Unknown call: ${describeName(name)}` } };
  }
  const parsed = apiInputSchemas[name].safeParse(rawInput ?? {});
  if (!parsed.success) {
    // Issues can quote the caller's keys (an unknown key of 10,000 characters): keep the message short.
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.map(String).join('.') || 'argument'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: `Invalid arguments for ${name}: ${shorten(detail, ECHO_LIMIT.detail)}` } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    onUnexpected(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Marginalia, so that action did not complete.' },
    };
  }
}
