import { SKILL_ALIASES, SkillVocabulary, type SkillDefinition } from '../../src';
import { isStopWord } from '../../src/talent/text/language';

const vocabulary = new SkillVocabulary();

function skillsOf(text: string): string[] {
  return vocabulary.resolve(text).map((resolution) => resolution.skillId);
}

describe("Samen's skill table", () => {
  it('holds a few hundred skills with unique ids and both labels', () => {
    expect(SKILL_ALIASES.length).toBeGreaterThan(300);
    expect(new Set(SKILL_ALIASES.map((skill) => skill.id)).size).toBe(SKILL_ALIASES.length);
    for (const skill of SKILL_ALIASES) {
      expect(skill.en.trim()).not.toBe('');
      expect(skill.nl.trim()).not.toBe('');
    }
  });

  it('names only broader skills that exist, and none that leads back to itself', () => {
    const ids = new Set(SKILL_ALIASES.map((skill) => skill.id));
    for (const skill of SKILL_ALIASES) {
      for (const broader of skill.broader ?? []) {
        expect(ids.has(broader)).toBe(true);
        expect(broader).not.toBe(skill.id);
      }
    }
  });

  it('reads every name and alias as its own skill, so no alias is claimed by two skills', () => {
    const ambiguous: string[] = [];
    for (const skill of SKILL_ALIASES) {
      for (const name of [skill.en, skill.nl, ...(skill.aliases ?? [])]) {
        if ((skill.exactCase ?? []).includes(name)) continue;
        const read = vocabulary.resolveName(name);
        if (read?.skillId !== skill.id)
          ambiguous.push(`${skill.id}: "${name}" → ${read?.skillId ?? 'nothing'}`);
      }
    }
    expect(ambiguous).toEqual([]);
  });

  it('has no alias that is only a stop word (it would match everywhere)', () => {
    const stopAliases = SKILL_ALIASES.flatMap((skill) => skill.aliases ?? []).filter((alias) =>
      isStopWord(alias.toLowerCase()),
    );
    expect(stopAliases).toEqual([]);
  });

  it('rejects a table that names an unknown broader skill', () => {
    const broken: SkillDefinition[] = [
      { id: 'a', category: 'cloud', en: 'A', nl: 'A', broader: ['missing'] },
    ];
    expect(() => new SkillVocabulary(broken)).toThrow(/unknown broader skill missing/);
  });
});

describe('SkillVocabulary.resolve', () => {
  it.each([
    ['glasvezel', 'fiber'],
    ['fiber', 'fiber'],
    ['fibre', 'fiber'],
    ['FTTH', 'fiber'],
    ['Glasvezelnetwerken', 'fiber'],
    ['k8s', 'kubernetes'],
    ['Kubernetes', 'kubernetes'],
    ['klantenservice', 'customer-service'],
    ['Customer Service', 'customer-service'],
    ['customer care', 'customer-service'],
    ['webcare', 'webcare'],
    ['Verkoop', 'sales'],
    ['zakelijke verkoop', 'b2b-sales'],
    ['B2B', 'b2b-sales'],
    ['accountmanagement', 'account-management'],
    ['IT security', 'cybersecurity'],
    ['informatiebeveiliging', 'cybersecurity'],
    ['C#', 'csharp'],
    ['.NET', 'dotnet'],
    ['Nederlands', 'dutch'],
    ['Engels', 'english'],
    ['projectleider', 'project-management'],
    ['Scrum', 'scrum'],
    ['AVG', 'gdpr'],
    ['Inkoop', 'procurement'],
  ])('%j is %s', (text, skillId) => {
    expect(vocabulary.resolve(text)).toEqual([
      expect.objectContaining({ skillId, via: 'exact', confidence: 1 }),
    ]);
  });

  it.each([
    ['wie weet iets van glasvezel', ['fiber']],
    ['who knows about fiber sales', ['fiber', 'sales']],
    ['Ik zoek een expert op het gebied van 5G', ['5g']],
    ['anyone with experience in k8s and Terraform?', ['kubernetes', 'terraform']],
  ])('drops the way people ask: %j', (text, skills) => {
    expect(skillsOf(text)).toEqual(skills);
  });

  it.each([
    ['glasvezelnetwerkbeheer', 'fiber'],
    ['netwerkbeveiligingsbeleid', 'network-security'],
    ['klantenserviceteams', 'customer-service'],
    ['beveiligingsexpert', 'cybersecurity'],
  ])('reads a known skill in a Dutch compound: %j has %s', (text, skillId) => {
    expect(vocabulary.resolve(text)).toContainEqual(expect.objectContaining({ skillId, via: 'compound' }));
  });

  it('does not read a skill into a compound by a short accidental part', () => {
    expect(vocabulary.analyse('protesten').mentions).toEqual([]);
    expect(skillsOf('aannemersmanagement')).toEqual(['contractor-management']);
  });

  it.each([
    ['kubernets', 'kubernetes'],
    ['kuberentes', 'kubernetes'],
    ['glasvzel', 'fiber'],
    ['terrafrom', 'terraform'],
    ['klantenservcie', 'customer-service'],
  ])('forgives the typo %j as %s, with less confidence', (text, skillId) => {
    const best = vocabulary.resolve(text)[0];
    expect(best?.skillId).toBe(skillId);
    expect(best?.confidence).toBeLessThanOrEqual(1);
  });

  it('uses typo tolerance only for words that match nothing exactly', () => {
    expect(vocabulary.resolve('glasvzel')[0]).toEqual(expect.objectContaining({ via: 'fuzzy' }));
    expect(vocabulary.resolve('sales')[0]).toEqual(expect.objectContaining({ via: 'exact' }));
    expect(vocabulary.resolve('glasvzel', { isKnownTerm: () => true })).toEqual([]);
  });

  it.each([
    ['kuber', 'kubernetes'],
    ['terra', 'terraform'],
    ['glasve', 'fiber'],
  ])('reads the start of a name %j as %s', (text, skillId) => {
    expect(vocabulary.resolve(text)).toContainEqual(expect.objectContaining({ skillId, via: 'prefix' }));
  });

  it('rates a prefix lower than the name itself', () => {
    const prefix = vocabulary.resolve('kuber')[0];
    expect(prefix?.confidence).toBeLessThan(1);
    expect(prefix?.confidence).toBeGreaterThan(0.4);
  });

  it.each([
    ['RAN', ['ran']],
    ['SAFe', ['safe']],
    ['Helm', ['helm']],
  ])('reads %j as a skill only when written in its capitals', (text, skills) => {
    expect(
      vocabulary
        .resolve(text)
        .filter((r) => r.via === 'exact')
        .map((r) => r.skillId),
    ).toEqual(skills);
    expect(vocabulary.resolve(text.toLowerCase()).filter((r) => r.via === 'exact')).toEqual([]);
  });

  it('reads nothing into stop words alone', () => {
    expect(vocabulary.resolve('de het een of the and')).toEqual([]);
  });
});

describe('SkillVocabulary.resolveName and resolveLanguage', () => {
  it.each([
    ['k8s', 'kubernetes'],
    ['  Klantenservice ', 'customer-service'],
    ['Glasvezel', 'fiber'],
  ])('reads %j as exactly one skill', (text, skillId) => {
    expect(vocabulary.resolveName(text)?.skillId).toBe(skillId);
  });

  it.each(['fiber sales', 'glasvzel', 'pottenbakken'])('reads %j as no single known skill', (text) => {
    expect(vocabulary.resolveName(text)).toBeUndefined();
  });

  it.each([
    ['nl', 'dutch'],
    ['en-GB', 'english'],
    ['Nederlands', 'dutch'],
    ['Turks', 'turkish'],
    ['Papiamento', 'papiamento'],
  ])('knows the language %j', (text, skillId) => {
    expect(vocabulary.resolveLanguage(text)).toBe(skillId);
  });

  it('does not take a skill for a language', () => {
    expect(vocabulary.resolveLanguage('Kubernetes')).toBeUndefined();
  });
});

describe('SkillVocabulary.suggest', () => {
  it('suggests skills in the user’s language as they type', () => {
    expect(vocabulary.suggest('glas', 'nl-NL', 3)[0]).toEqual({ skillId: 'fiber', label: 'Glasvezel' });
    expect(vocabulary.suggest('glas', 'en-US', 3)[0]).toEqual(
      expect.objectContaining({ label: 'Fiber optics' }),
    );
  });

  it('shows which alias matched when it is not the label', () => {
    expect(vocabulary.suggest('k8', 'en-US', 3)[0]).toEqual({
      skillId: 'kubernetes',
      label: 'Kubernetes',
      matched: 'k8s',
    });
  });

  it('completes the last word only and forgives small typos', () => {
    expect(vocabulary.suggest('customer serv', 'en-US', 5).map((s) => s.skillId)).toContain(
      'customer-service',
    );
    expect(vocabulary.suggest('kubernetse', 'en-US', 5).map((s) => s.skillId)).toContain('kubernetes');
  });

  it('respects the limit and suggests nothing for nothing', () => {
    expect(vocabulary.suggest('data', 'en-US', 2)).toHaveLength(2);
    expect(vocabulary.suggest('   ', 'en-US', 5)).toEqual([]);
    expect(vocabulary.suggest('data', 'en-US', 0)).toEqual([]);
  });
});
