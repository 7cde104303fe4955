import { z } from 'zod';
import { COLUMN_TYPES, columnType, type ColumnSchema, type ListSchema } from '../lists/list-schema';

/** Facets Samen never declares; requested only so a clash can name the type the site really has. */
const OTHER_FACETS = [
  'calculated',
  'currency',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'personOrGroup',
  'term',
  'thumbnail',
] as const;

/** The column properties provisioning compares: what `$expand=columns($select=...)` asks for. */
export const COLUMN_PROPERTIES = [
  'name',
  'indexed',
  'enforceUniqueValues',
  'required',
  ...COLUMN_TYPES,
  ...OTHER_FACETS,
] as const;

/** A column as Graph reports it; facets are objects whose details provisioning mostly ignores. */
export const siteColumnSchema = z.looseObject({
  name: z.string(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  required: z.boolean().optional(),
  text: z.looseObject({ allowMultipleLines: z.boolean().nullish() }).nullish(),
  choice: z.looseObject({ choices: z.array(z.string()).nullish() }).nullish(),
});
export type SiteColumn = z.infer<typeof siteColumnSchema>;

export interface SiteList {
  id: string;
  displayName: string;
  columns: readonly SiteColumn[];
}

export interface ProvisioningProblem {
  list: string;
  column?: string;
  message: string;
}

export type ListPlan =
  | { action: 'create'; schema: ListSchema }
  | { action: 'addColumns'; schema: ListSchema; listId: string; columns: readonly ColumnSchema[] }
  | { action: 'none'; schema: ListSchema }
  /** The site's list differs in a way provisioning does not repair in place: it is left as it is. */
  | { action: 'leave'; schema: ListSchema; problems: readonly ProvisioningProblem[] };

function siteColumnType(column: SiteColumn): string {
  if (column.text) return column.text.allowMultipleLines ? 'multiple lines of text' : 'text';
  const facets = [...COLUMN_TYPES, ...OTHER_FACETS] as const;
  return (
    facets.find((facet) => column[facet] !== undefined && column[facet] !== null) ?? 'of an unknown type'
  );
}

function schemaColumnType(column: ColumnSchema): string {
  return column.text?.allowMultipleLines ? 'multiple lines of text' : columnType(column);
}

const flagState = (on: boolean, yes: string, no: string) => (on ? yes : no);

/** Flags SharePoint keeps per column; a difference in any of them changes what Samen can rely on. */
const FLAGS = [
  { key: 'indexed', yes: 'indexed', no: 'not indexed' },
  { key: 'enforceUniqueValues', yes: 'unique', no: 'not unique' },
  { key: 'required', yes: 'required', no: 'optional' },
] as const;

function columnDrift(list: string, declared: ColumnSchema, site: SiteColumn): ProvisioningProblem[] {
  const problem = (message: string) => ({ list, column: declared.name, message });
  const [want, have] = [schemaColumnType(declared), siteColumnType(site)];
  if (want !== have)
    return [problem(`column '${declared.name}' is ${have} on the site but ${want} in the schema`)];
  const problems = FLAGS.filter(({ key }) => (declared[key] ?? false) !== (site[key] ?? false)).map(
    ({ key, yes, no }) =>
      problem(
        `column '${declared.name}' is ${flagState(site[key] ?? false, yes, no)} on the site ` +
          `but ${flagState(declared[key] ?? false, yes, no)} in the schema`,
      ),
  );
  const missingChoices = (declared.choice?.choices ?? []).filter((c) => !site.choice?.choices?.includes(c));
  if (missingChoices.length > 0)
    problems.push(
      problem(`column '${declared.name}' lacks the choices ${missingChoices.join(', ')} on the site`),
    );
  return problems;
}

/**
 * What provisioning does for one declared list, given the site's list of that name (if any). Columns the
 * site has beyond the schema are someone else's business and ignored.
 */
export function planList(schema: ListSchema, existing: SiteList | undefined): ListPlan {
  if (!existing) return { action: 'create', schema };
  const byName = new Map(existing.columns.map((c) => [c.name.toLowerCase(), c]));
  const missing = schema.columns.filter((c) => !byName.has(c.name.toLowerCase()));
  const problems = schema.columns.flatMap((declared) => {
    const site = byName.get(declared.name.toLowerCase());
    return site ? columnDrift(schema.displayName, declared, site) : [];
  });
  if (problems.length > 0) return { action: 'leave', schema, problems };
  return missing.length > 0
    ? { action: 'addColumns', schema, listId: existing.id, columns: missing }
    : { action: 'none', schema };
}
