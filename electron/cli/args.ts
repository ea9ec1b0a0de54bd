/**
 * A small command-line parser: positional words and `--name value` / `--flag` options.
 */

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Raised for a command line that cannot be understood; the CLI exits with status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Splits argv into positional words and options. `flags` take no value. */
export function parseArgs(argv: readonly string[], flags: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.set('help', true);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (flags.has(name)) options.set(name, true);
      else if (inline !== undefined) options.set(name, inline);
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) options.set(name, argv[++i]!);
      else throw new UsageError(`--${name} needs a value`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

/** The value of an option, checked against the names a command accepts. */
export function optionsFor(parsed: ParsedArgs, allowed: readonly string[]): Map<string, string | true> {
  for (const name of parsed.options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
  return parsed.options;
}
