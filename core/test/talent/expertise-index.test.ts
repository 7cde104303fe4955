import {
  FixedClock,
  OwnWordsExpertiseIndex,
  explain,
  type ExpertiseProfile,
  type ExpertiseSearch,
} from '../../src';
import { aPerson } from './builders';

const NOW = '2026-11-26T09:00:00Z';
const RECENTLY = '2026-11-20T09:00:00Z';

function people(): ExpertiseProfile[] {
  return [
    aPerson('ana')
      .withTitle('Senior Cloud Engineer')
      .inDepartment('Cloud Platform')
      .at('Rotterdam')
      .withSkills('Kubernetes', 'Terraform')
      .endorsedFor('kubernetes', 4)
      .contributed('post', 3, { topic: 'k8s' }, RECENTLY)
      .openToQuestions()
      .build(),
    aPerson('bram')
      .withTitle('Service Desk Employee')
      .inDepartment('IT Operations')
      .at('Amsterdam')
      .about('Ik heb ooit een workshop over Kubernetes gevolgd.')
      .build(),
    aPerson('chris')
      .withTitle('Platform Engineer')
      .inDepartment('Cloud Platform')
      .at('Amsterdam')
      .withSkills('k8s')
      .build(),
    aPerson('dewi')
      .withTitle('Accountmanager')
      .inDepartment('Zakelijke Markt')
      .at('Utrecht')
      .withSkills('Glasvezel', 'Verkoop')
      .build(),
    aPerson('eva')
      .withTitle('Uitvoerder')
      .inDepartment('Aanleg')
      .at('Zwolle')
      .withSkills('FTTH')
      .withResponsibilities('Uitrol van glasvezel in Zwolle-Zuid')
      .build(),
    aPerson('femke')
      .withTitle('Sales Manager')
      .inDepartment('Business Sales')
      .at('Den Haag')
      .withSkills('Fibre optics', 'B2B sales')
      .build(),
    aPerson('gijs')
      .withTitle('Teamleider')
      .inDepartment('Klantenservice')
      .at('Groningen')
      .withSkills('Klantenservice', 'Webcare')
      .build(),
    aPerson('hanna')
      .withTitle('Customer Service Agent')
      .inDepartment('Customer Care')
      .at('Groningen')
      .withSkills('Customer service')
      .build(),
    aPerson('jan')
      .withTitle('Cloud Architect')
      .inDepartment('Cloud Platform')
      .at('Rotterdam')
      .withSkills('Azure', 'Terraform')
      .build(),
    aPerson('karin')
      .withTitle('Office Manager')
      .inDepartment('Facilitair')
      .at('Den Haag')
      .withSkills('Carillon bespelen')
      .withPastProjects('Verhuizing naar de Zuidas 2024')
      .speaking('nl', 'Engels')
      .build(),
  ];
}

function anIndex(profiles = people(), clock = new FixedClock(NOW)): OwnWordsExpertiseIndex {
  return OwnWordsExpertiseIndex.build(profiles, { clock });
}

function ids(index: OwnWordsExpertiseIndex, text: string, extra: Partial<ExpertiseSearch> = {}): string[] {
  return index.search({ text, top: 50, skip: 0, ...extra }).hits.map((hit) => hit.userId);
}

const sorted = (list: string[]) => [...list].sort();

describe('OwnWordsExpertiseIndex: synonyms and languages', () => {
  const index = anIndex();

  it.each([
    ['glasvezel', 'fiber', 'fibre', 'FTTH'],
    ['k8s', 'Kubernetes', 'kubernetes', 'K8S'],
    ['klantenservice', 'customer service', 'Klantenservice', 'customer care'],
  ])('%s, %s, %s and %s find the same people first', (...queries) => {
    // Other wordings may add people who share one of their words ("service" in a job title), after them.
    const first = sorted(ids(index, queries[0] as string));
    expect(first.length).toBeGreaterThan(1);
    for (const query of queries.slice(1))
      expect(sorted(ids(index, query).slice(0, first.length))).toEqual(first);
  });

  it.each([
    ['wie weet iets van glasvezel', ['dewi', 'eva', 'femke']],
    ['who knows about fiber', ['dewi', 'eva', 'femke']],
    ['iemand met ervaring in Kubernetes?', ['ana', 'bram', 'chris']],
  ])('%j is read past the way people ask', (query, expected) => {
    expect(sorted(ids(index, query))).toEqual(expected);
  });

  it('ranks people who know both parts of "who knows about fiber sales" first', () => {
    const found = ids(index, 'who knows about fiber sales');
    expect(sorted(found.slice(0, 2))).toEqual(['dewi', 'femke']);
    expect(found).toContain('eva');
  });

  it.each([
    ['kubernets', 'kubernetes'],
    ['kuberentes', 'kubernetes'],
    ['glasvzel', 'glasvezel'],
    ['klantenservcie', 'klantenservice'],
  ])('forgives the typo %j like %j', (typo, correct) => {
    expect(ids(index, typo)).toEqual(ids(index, correct));
  });

  it.each([
    ['kuber', 'kubernetes'],
    ['glasve', 'glasvezel'],
    ['terra', 'terraform'],
  ])('finds by the start of a name: %j', (prefix, full) => {
    expect(sorted(ids(index, prefix))).toEqual(sorted(ids(index, full)));
  });

  it('labels matched skills in the language of the query, or the one asked for', () => {
    const dutch = index.search({ text: 'glasvezel', top: 5, skip: 0 });
    const english = index.search({ text: 'fiber', top: 5, skip: 0 });
    const asked = index.search({ text: 'fiber', top: 5, skip: 0, locale: 'nl-NL' });
    expect(dutch.interpretation.locale).toBe('nl-NL');
    expect(dutch.hits.find((hit) => hit.userId === 'dewi')?.matchedSkills).toEqual(['Glasvezel']);
    // Her own word first, then the skill the English query named.
    expect(english.hits.find((hit) => hit.userId === 'dewi')?.matchedSkills).toEqual([
      'Glasvezel',
      'Fiber optics',
    ]);
    expect(asked.hits.find((hit) => hit.userId === 'dewi')?.matchedSkills).toEqual(['Glasvezel']);
  });

  it('finds a broader skill through the narrower ones people have', () => {
    const small = anIndex([
      aPerson('lotte').withSkills('Azure').build(),
      aPerson('mo').withSkills('Cloud').build(),
    ]);
    const cloud = small.search({ text: 'cloud computing', top: 10, skip: 0, locale: 'en-US' });
    expect(cloud.hits.map((hit) => [hit.userId, hit.matchedSkills])).toEqual([
      ['mo', ['Cloud', 'Cloud computing']],
      ['lotte', ['Azure', 'Cloud computing']],
    ]);
  });

  it('finds skills the vocabulary does not know, and words in any profile field', () => {
    const carillon = index.search({ text: 'carillon', top: 5, skip: 0, locale: 'nl-NL' });
    expect(carillon.hits.map((hit) => [hit.userId, hit.matchedSkills])).toEqual([
      ['karin', ['Carillon bespelen']],
    ]);
    const zuidas = index.search({ text: 'Zuidas', top: 5, skip: 0, locale: 'en-US' });
    expect(zuidas.hits[0]?.why).toEqual([
      { kind: 'mentioned', field: 'pastProjects', labels: ['Verhuizing naar de Zuidas 2024'] },
    ]);
  });

  it('matches skills inside Dutch compounds, both ways', () => {
    const small = anIndex([
      aPerson('olga').about('Ik coördineer glasvezelprojecten in Utrecht.').build(),
      aPerson('piet').withSkills('Glasvezel').build(),
      aPerson('quinn').withSkills('Kubernetes').build(),
    ]);
    expect(sorted(ids(small, 'glasvezel'))).toEqual(['olga', 'piet']);
    expect(sorted(ids(small, 'glasvezelprojecten'))).toEqual(['olga', 'piet']);
  });

  it('knows the languages people speak, by code or by name', () => {
    expect(ids(index, 'Nederlands')).toEqual(['karin']);
    expect(ids(index, 'English')).toEqual(['karin']);
  });

  it('says how it read the query', () => {
    const { interpretation } = index.search({ text: 'k8s carillon', top: 5, skip: 0 });
    expect(interpretation.skills).toEqual([
      expect.objectContaining({ skillId: 'kubernetes', label: 'Kubernetes', via: 'exact' }),
    ]);
    expect(interpretation.words).toEqual(['k8s', 'carillon']);
  });

  it('finds nobody for words nobody uses, and suggests skills close to them', () => {
    const result = index.search({ text: 'terrafo', top: 5, skip: 0 });
    expect(result.total).toBeGreaterThan(0);
    const nothing = index.search({ text: 'de het een', top: 5, skip: 0 });
    expect(nothing).toEqual(expect.objectContaining({ total: 0, hits: [] }));
    const close = index.search({ text: 'azur', top: 5, skip: 0, locale: 'en-US' });
    expect(close.hits.map((hit) => hit.userId)).toEqual(['jan']);
  });
});

describe('OwnWordsExpertiseIndex: ranking', () => {
  it('ranks declared + endorsed + recent evidence above a declaration alone, and both above a passing mention', () => {
    expect(ids(anIndex(), 'kubernetes')).toEqual(['ana', 'chris', 'bram']);
  });

  it('explains each hit', () => {
    const [ana] = anIndex().search({ text: 'kubernetes', top: 1, skip: 0, locale: 'en-US' }).hits;
    expect(ana?.why).toEqual([
      { kind: 'skills', labels: ['Kubernetes'] },
      { kind: 'endorsed', count: 4 },
      { kind: 'evidence', contribution: 'post', count: 3, topic: 'k8s' },
      { kind: 'openToQuestions' },
    ]);
    expect(explain(ana!.why, 'en-US')).toBe(
      'skills: Kubernetes · endorsed by 4 · wrote 3 posts on #k8s · open to questions',
    );
    expect(explain(ana!.why, 'nl-NL')).toBe(
      'vaardigheden: Kubernetes · onderschreven door 4 · schreef 3 berichten over #k8s · staat open voor vragen',
    );
  });

  it('says where a skill was mentioned when it was not declared', () => {
    const bram = anIndex()
      .search({ text: 'kubernetes', top: 5, skip: 0, locale: 'nl-NL' })
      .hits.find((hit) => hit.userId === 'bram');
    expect(bram?.why).toEqual([
      { kind: 'mentioned', field: 'aboutMe', labels: ['… workshop over Kubernetes gevolgd'] },
    ]);
    expect(explain(bram!.why, 'nl-NL')).toBe('noemt ‘… workshop over Kubernetes gevolgd’ bij over mij');
  });

  it('weighs recent contributions above old ones, by the clock', () => {
    const clock = new FixedClock(NOW);
    const index = anIndex(
      [
        aPerson('recent')
          .contributed('post', 4, { skillIds: ['kubernetes'] }, RECENTLY)
          .build(),
        aPerson('old')
          .contributed('post', 4, { skillIds: ['kubernetes'] }, '2025-06-01T09:00:00Z')
          .build(),
      ],
      clock,
    );
    expect(ids(index, 'kubernetes')).toEqual(['recent', 'old']);
    const recent = index.search({ text: 'kubernetes', top: 1, skip: 0 }).hits[0];
    const scoreNow = recent?.score ?? 0;
    clock.advance(365 * 86_400_000);
    const later = index.search({ text: 'kubernetes', top: 1, skip: 0 }).hits[0];
    expect(later?.userId).toBe('recent');
    expect(later?.score).toBeLessThan(scoreNow);
  });

  it('counts years of experience people state with a skill', () => {
    const index = anIndex([
      aPerson('veteran').about('Ik werk al 15 jaar met glasvezel.').build(),
      aPerson('newcomer').about('Ik werk sinds kort met glasvezel.').build(),
    ]);
    const result = index.search({ text: 'glasvezel', top: 2, skip: 0 });
    expect(result.hits.map((hit) => hit.userId)).toEqual(['veteran', 'newcomer']);
    expect(result.hits[0]?.why).toContainEqual({ kind: 'experience', years: 15, label: 'Glasvezel' });
  });

  it('gives people open to questions a small edge over an otherwise equal colleague', () => {
    const index = anIndex([
      aPerson('closed').withSkills('Python').build(),
      aPerson('open').withSkills('Python').openToQuestions().build(),
    ]);
    expect(ids(index, 'python')).toEqual(['open', 'closed']);
  });

  it('ranks a declared skill above the same skill only in interests', () => {
    const index = anIndex([
      aPerson('hobbyist').withInterests('kunstmatige intelligentie').build(),
      aPerson('professional').withSkills('AI').build(),
    ]);
    expect(ids(index, 'artificial intelligence')).toEqual(['professional', 'hobbyist']);
  });
});

describe('OwnWordsExpertiseIndex: filters, totals and paging', () => {
  const index = anIndex();

  it.each([
    [{ department: 'cloud platform' }, ['ana', 'chris']],
    [{ location: 'AMSTERDAM' }, ['bram', 'chris']],
    [{ department: 'Cloud Platform', location: 'Rotterdam' }, ['ana']],
    [{ exclude: ['ana'] }, ['bram', 'chris']],
    [{ department: 'Nowhere' }, []],
  ])('filters %j', (filters, expected) => {
    const result = index.search({ text: 'kubernetes', top: 10, skip: 0, ...filters });
    expect(sorted(result.hits.map((hit) => hit.userId))).toEqual(expected);
    expect(result.total).toBe(expected.length);
  });

  it('counts everyone who matches, and pages through them without gaps or repeats', () => {
    const all = ids(index, 'glasvezel verkoop klantenservice');
    const total = index.search({ text: 'glasvezel verkoop klantenservice', top: 1, skip: 0 }).total;
    expect(total).toBe(all.length);
    const pages = [0, 2, 4].flatMap((skip) =>
      ids(index, 'glasvezel verkoop klantenservice', { top: 2, skip }),
    );
    expect(pages).toEqual(all.slice(0, 6));
  });

  it('answers paging past the end with no hits and the right total', () => {
    const result = index.search({ text: 'kubernetes', top: 10, skip: 100 });
    expect(result).toEqual(expect.objectContaining({ total: 3, hits: [] }));
  });

  it('gives candidates for presence filtering, best first, with the total', () => {
    const ranked = index.candidates({ text: 'kubernetes' }, 2);
    expect(ranked.total).toBe(3);
    expect(ranked.candidates.map((candidate) => candidate.userId)).toEqual(['ana', 'chris']);
  });

  it('describes chosen people in the given order and leaves out who does not match', () => {
    const hits = index.describe({ text: 'kubernetes' }, ['bram', 'dewi', 'ana', 'nobody']);
    expect(hits.map((hit) => hit.userId)).toEqual(['bram', 'ana']);
  });
});

describe('OwnWordsExpertiseIndex: incremental changes', () => {
  it('finds a person by a skill added later, and no longer by one removed', () => {
    const index = anIndex();
    index.upsert(aPerson('chris').withSkills('Glasvezel').build());
    expect(ids(index, 'kubernetes')).toEqual(['ana', 'bram']);
    expect(ids(index, 'glasvezel')).toContain('chris');
    expect(index.search({ text: 'kubernetes', top: 1, skip: 0 }).total).toBe(2);
  });

  it('adds and removes people', () => {
    const index = anIndex();
    index.upsert(aPerson('new').withSkills('Kubernetes').endorsedFor('kubernetes', 10).build());
    expect(ids(index, 'kubernetes')).toEqual(['ana', 'new', 'chris', 'bram']);
    expect(index.size).toBe(11);
    index.remove('new');
    index.remove('ana');
    index.remove('unknown');
    expect(ids(index, 'kubernetes')).toEqual(['chris', 'bram']);
    expect(index.size).toBe(9);
    expect(index.search({ text: 'kubernetes', top: 5, skip: 0 }).total).toBe(2);
  });

  it('gives the same answers after many upserts as a fresh build', () => {
    const index = anIndex();
    for (let round = 0; round < 40; round++) for (const profile of people()) index.upsert(profile);
    const fresh = anIndex();
    for (const query of ['kubernetes', 'glasvezel', 'fiber sales', 'klantenservice', 'carillon', 'cloud']) {
      expect(index.search({ text: query, top: 10, skip: 0 })).toEqual(
        fresh.search({ text: query, top: 10, skip: 0 }),
      );
    }
  });

  it('reuses the place of a removed person for the next one', () => {
    const index = anIndex();
    index.remove('chris');
    index.upsert(aPerson('zoe').withSkills('Kubernetes').build());
    expect(sorted(ids(index, 'kubernetes'))).toEqual(['ana', 'bram', 'zoe']);
  });

  it('rejects a profile without a user id', () => {
    expect(() => anIndex().upsert({ userId: '' })).toThrow(TypeError);
  });
});

describe('OwnWordsExpertiseIndex: suggestions', () => {
  it('suggests only skills someone in the index has', () => {
    const index = anIndex();
    expect(index.suggest('kub', 'en-US', 5)).toEqual([{ skillId: 'kubernetes', label: 'Kubernetes' }]);
    expect(index.suggest('pytho', 'en-US', 5)).toEqual([]);
  });
});
