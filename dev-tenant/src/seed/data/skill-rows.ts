/**
 * A taxonomy row: [id, English name, Dutch name, ...aliases]. Within a domain, rows are in popularity order:
 * the generator gives earlier rows Zipf-like higher odds, which makes the skill distribution long-tailed.
 */
export type SkillRow = readonly [id: string, en: string, nl: string, ...aliases: string[]];

export interface SkillDomainRows {
  domain: string;
  rows: readonly SkillRow[];
}
