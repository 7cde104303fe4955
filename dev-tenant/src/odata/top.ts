import { ODataError } from './errors';

export interface TopOptions {
  /** Largest page size the endpoint allows (Graph: 999 for users). */
  max: number;
}

/**
 * Parses `$top`: a decimal integer between 1 and `max` inclusive.
 * @throws ODataError 'invalidTop' with Graph's message, e.g.
 *         "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive."
 */
export function parseTop(text: string, options: TopOptions): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (value >= 1 && value <= options.max) return value;
  throw new ODataError(
    'invalidTop',
    `Invalid page size specified: '${text}'. Must be between 1 and ${options.max} inclusive.`,
  );
}
