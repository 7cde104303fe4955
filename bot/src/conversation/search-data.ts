import { MAX_FILTER_LENGTH, MAX_QUERY_LENGTH } from '@samen/core';
import { z } from 'zod';
import type { SearchData } from './cards';

// Card data comes back from the client and can be anything: every field checked, bounds as the domain's.
// Not strict: a host may add fields of its own to an action's data; only ours are read.
export const searchData = z.object({
  q: z.string().min(1).max(MAX_QUERY_LENGTH),
  availableOnly: z.boolean(),
  department: z.string().min(1).max(MAX_FILTER_LENGTH).optional(),
  location: z.string().min(1).max(MAX_FILTER_LENGTH).optional(),
  skip: z.number().int().min(0).max(10_000),
});

export function withoutUndefined(data: z.infer<typeof searchData>): SearchData {
  const { department, location, ...rest } = data;
  return { ...rest, ...(department ? { department } : {}), ...(location ? { location } : {}) };
}
