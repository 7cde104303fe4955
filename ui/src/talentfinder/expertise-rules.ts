import type { TalentfinderStrings } from './strings';

/** The service refuses more than this many skills per person (the contract's limit); the panel says so first. */
export { MAX_OWN_SKILLS as MAX_SKILLS } from '@samen/core/contract';

export type ListProblem =
  { kind: 'empty' } | { kind: 'duplicate'; item: string } | { kind: 'tooMany'; max: number };

function sameItem(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/** Whether `candidate` may join `list`: not blank, not already there (ignoring case), not past `max`. */
export function checkAddition(
  list: readonly string[],
  candidate: string,
  max?: number,
): ListProblem | undefined {
  const item = candidate.trim();
  if (!item) return { kind: 'empty' };
  const existing = list.find((entry) => sameItem(entry, item));
  if (existing !== undefined) return { kind: 'duplicate', item: existing };
  if (max !== undefined && list.length >= max) return { kind: 'tooMany', max };
  return undefined;
}

/** The same rules over a whole list, as the panel checks before it saves. */
export function checkList(list: readonly string[], max?: number): ListProblem | undefined {
  if (max !== undefined && list.length > max) return { kind: 'tooMany', max };
  for (let index = 0; index < list.length; index++) {
    const problem = checkAddition(list.slice(0, index), list[index] ?? '');
    if (problem) return problem;
  }
  return undefined;
}

export function describeListProblem(problem: ListProblem, strings: TalentfinderStrings): string {
  switch (problem.kind) {
    case 'empty':
      return strings.validation.empty;
    case 'duplicate':
      return strings.validation.duplicate(problem.item);
    case 'tooMany':
      return strings.validation.tooMany(problem.max);
  }
}
