import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { badRequest, GraphError } from '../../http/graph-error';

/** Column facets the dev tenant stores and checks; other Graph facets are refused with notSupported. */
const facets = {
  text: z.strictObject({
    allowMultipleLines: z.boolean().optional(),
    appendChangesToExistingText: z.boolean().optional(),
    linesForEditing: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(255).optional(),
    textType: z.enum(['plain', 'richText']).optional(),
  }),
  number: z.strictObject({
    decimalPlaces: z.enum(['automatic', 'none', 'one', 'two', 'three', 'four', 'five']).optional(),
    displayAs: z.enum(['number', 'percentage']).optional(),
    maximum: z.number().optional(),
    minimum: z.number().optional(),
  }),
  boolean: z.strictObject({}),
  dateTime: z.strictObject({
    displayAs: z.enum(['default', 'friendly', 'standard']).optional(),
    format: z.enum(['dateOnly', 'dateTime']).optional(),
  }),
  choice: z.strictObject({
    allowTextEntry: z.boolean().optional(),
    choices: z.array(z.string().min(1).max(255)).min(1),
    displayAs: z.enum(['checkBoxes', 'dropDownMenu', 'radioButtons']).optional(),
  }),
};

type FacetName = keyof typeof facets;
const FACET_NAMES = Object.keys(facets) as FacetName[];
const UNSUPPORTED_FACETS = [
  'calculated',
  'currency',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'personOrGroup',
  'term',
  'thumbnail',
  'contentApprovalStatus',
];

export const columnInputSchema = z.strictObject({
  name: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9_]{0,31}$/,
      'must start with a letter and hold at most 32 letters, digits or underscores',
    ),
  displayName: z.string().min(1).max(255).optional(),
  description: z.string().max(1000).optional(),
  columnGroup: z.string().max(255).optional(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  required: z.boolean().optional(),
  hidden: z.boolean().optional(),
  text: facets.text.optional(),
  number: facets.number.optional(),
  boolean: facets.boolean.optional(),
  dateTime: facets.dateTime.optional(),
  choice: facets.choice.optional(),
  ...Object.fromEntries(UNSUPPORTED_FACETS.map((f) => [f, z.unknown().optional()])),
});
export type ColumnInput = z.infer<typeof columnInputSchema>;

export interface ColumnDef {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  type: FacetName | 'counter' | 'system';
  facet: Record<string, unknown>;
}

function facetOf(input: ColumnInput): FacetName {
  const given = Object.keys(input).filter(
    (k) => (FACET_NAMES as string[]).includes(k) || UNSUPPORTED_FACETS.includes(k),
  );
  if (given.length !== 1) {
    throw badRequest(`Column '${input.name}' must have exactly one type facet (${FACET_NAMES.join(', ')}).`);
  }
  const facet = given[0]!;
  if (UNSUPPORTED_FACETS.includes(facet)) {
    throw new GraphError(
      400,
      'notSupported',
      `Columns of type '${facet}' are not supported by the dev tenant.`,
    );
  }
  return facet as FacetName;
}

/** Turns a validated column definition into the stored form, enforcing SharePoint's rules on unique columns. */
export function defineColumn(input: ColumnInput): ColumnDef {
  const type = facetOf(input);
  if (input.enforceUniqueValues && !input.indexed) {
    // SharePoint only enforces unique values on indexed columns.
    throw badRequest(`Column '${input.name}' must be indexed to enforce unique values.`);
  }
  if (input.enforceUniqueValues && (type === 'boolean' || input.text?.allowMultipleLines)) {
    throw badRequest(`Column '${input.name}' cannot enforce unique values for its type.`);
  }
  return {
    id: randomUUID(),
    name: input.name,
    displayName: input.displayName ?? input.name,
    description: input.description ?? '',
    columnGroup: input.columnGroup ?? 'Custom Columns',
    indexed: input.indexed ?? false,
    enforceUniqueValues: input.enforceUniqueValues ?? false,
    required: input.required ?? false,
    hidden: input.hidden ?? false,
    readOnly: false,
    type,
    facet: (input[type] ?? {}) as Record<string, unknown>,
  };
}

const system = (name: string, type: ColumnDef['type'], extra: Partial<ColumnDef> = {}): ColumnDef => ({
  id: randomUUID(),
  name,
  displayName: name,
  description: '',
  columnGroup: '_Hidden',
  indexed: false,
  enforceUniqueValues: false,
  required: false,
  hidden: false,
  readOnly: true,
  type,
  facet: {},
  ...extra,
});

/** Every generic list starts with these; Title is required, ID is always indexed. */
export function builtInColumns(): ColumnDef[] {
  return [
    {
      ...system('Title', 'text'),
      columnGroup: 'Custom Columns',
      required: true,
      readOnly: false,
      facet: { maxLength: 255 },
    },
    system('ID', 'counter', { indexed: true }),
    system('Created', 'system'),
    system('Modified', 'system'),
    system('Author', 'system', { displayName: 'Created By' }),
    system('Editor', 'system', { displayName: 'Modified By' }),
    system('ContentType', 'system', { displayName: 'Content Type' }),
  ];
}

/** The wire shape of a column definition (GET .../columns). */
export function columnResource(column: ColumnDef): Record<string, unknown> {
  const facetKey = column.type === 'counter' || column.type === 'system' ? 'text' : column.type;
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [facetKey]: column.facet,
  };
}
