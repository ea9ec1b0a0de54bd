/**
 * `node --import ./moduleRecorder.mjs …`: appends the URL of every module resolved from
 * node_modules to the file named by MODULE_RECORD_FILE, one a line, so a test can see which
 * packages a command loaded. Hooks registered here also apply to the process's worker threads.
 */
import { register } from 'node:module';

const hook = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const file = process.env.MODULE_RECORD_FILE;
  if (file && result.url.includes('/node_modules/')) appendFileSync(file, result.url + '\\n');
  return result;
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);
