/** A mistake in the command line: the runner prints the message with the usage and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface IntegerOption {
  name: string;
  help: string;
  fallback: number;
  min: number;
  max: number;
}

/** Reads `--name N` flags; anything unknown or malformed is a UsageError rather than a silent default. */
export function parseIntegerOptions<Name extends string>(
  args: readonly string[],
  options: ReadonlyArray<IntegerOption & { name: Name }>,
): Record<Name, number> {
  const values = Object.fromEntries(options.map((o) => [o.name, o.fallback])) as Record<Name, number>;
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const option = options.find((o) => `--${o.name}` === flag);
    if (!option) throw new UsageError(`unknown option '${flag}'`);
    const text = args[i + 1];
    const value = Number(text);
    if (text === undefined || !/^\d+$/.test(text) || value < option.min || value > option.max) {
      throw new UsageError(`${flag} needs a whole number from ${option.min} to ${option.max}`);
    }
    values[option.name] = value;
  }
  return values;
}

/** One usage line per option: `--people N   people seeded (default 1500)`. */
export function describeOptions(options: readonly IntegerOption[]): string[] {
  const width = Math.max(...options.map((o) => o.name.length)) + 4;
  return options.map((o) => `--${`${o.name} N`.padEnd(width)}${o.help} (default ${o.fallback})`);
}
