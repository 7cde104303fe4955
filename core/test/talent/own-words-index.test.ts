import { FixedClock, OwnWordsExpertiseIndex, explain, type ExpertiseProfile } from '../../src';
import { aPerson } from './builders';

const clock = new FixedClock(new Date('2026-12-06T09:00:00Z'));

// Colleagues who describe their expertise in their own words, as the issue found them, and generalists around them.
function colleagues(): ExpertiseProfile[] {
  return [
    aPerson('airflow').withTitle('Data Engineer').withSkills('Apache Airflow', 'dbt').build(),
    aPerson('pandas').withTitle('Data Scientist').withSkills('Pandas', 'scikit-learn').build(),
    aPerson('python1').withTitle('Software Engineer').withSkills('Python').build(),
    aPerson('python2').withTitle('Backend Developer').withSkills('Python', 'Django').build(),
    aPerson('data1').withTitle('Data Engineer').withSkills('Data engineering').build(),
    aPerson('data2').withTitle('Senior Data Engineer').withSkills('Data engineering', 'ETL').build(),
    aPerson('lora1').withTitle('IoT Engineer').withSkills('LoRaWAN gateways').build(),
    aPerson('lora2').withTitle('Engineer').withSkills('LoRaWAN gateways', 'Sensoren').build(),
    aPerson('iot1')
      .withTitle('Lead IoT Architect')
      .withSkills('Internet of Things')
      .endorsedFor('Internet of Things', 5)
      .build(),
    aPerson('iot2').withTitle('Senior IoT Consultant').withSkills('IoT', 'Internet of Things').build(),
    aPerson('iot3')
      .withTitle('IoT Engineer')
      .withSkills('Internet of Things')
      .about('10 jaar ervaring met IoT.')
      .build(),
    aPerson('zigbee').withTitle('Smart Home Engineer').withSkills('Zigbee mesh networking').build(),
    aPerson('mesh1').withTitle('Network Engineer').withSkills('mesh').build(),
    aPerson('mesh2').withTitle('Wifi Engineer').withSkills('Wi-Fi mesh').build(),
    aPerson('otdr').withTitle('Glasvezelmonteur').withSkills('OTDR-metingen', 'lassen').build(),
    aPerson('fiber').withTitle('Fiber Engineer').withSkills('Glasvezel').build(),
    aPerson('s4').withTitle('SAP consultant').withSkills('S/4HANA Finance').build(),
    aPerson('sap').withTitle('SAP Consultant').withSkills('SAP').build(),
    aPerson('docsis').withTitle('Cable Engineer').withSkills('DOCSIS 3.1', 'CMTS').build(),
    aPerson('coax').withTitle('Cable Technician').withSkills('Coax', 'kabeltelevisie').build(),
    aPerson('nis2').withTitle('Compliance Officer').withSkills('NIS2-richtlijn').build(),
    aPerson('dpia').withTitle('Privacy Officer').withSkills('DPIA', 'AVG').build(),
    aPerson('privacy')
      .withTitle('Privacy Manager')
      .withResponsibilities('privacy en gegevensbescherming')
      .build(),
  ];
}

const index = () => OwnWordsExpertiseIndex.build(colleagues(), { clock });
const top = (text: string, count = 3) =>
  index()
    .search({ text, top: count, skip: 0 })
    .hits.map((hit) => hit.userId);

describe('OwnWordsExpertiseIndex: people are found by what they wrote', () => {
  it.each([
    ['airflow', 'airflow'],
    ['Pandas', 'pandas'],
    ['lorawan', 'lora1'],
    ['LoRaWAN', 'lora2'],
    ['pyhton', 'python1'],
    ['zigbe mesh', 'zigbee'],
    ['otdr', 'otdr'],
    ['OTDR metingen', 'otdr'],
    ['s4hana', 's4'],
    ['S/4HANA', 's4'],
    ['DOCSIS 3.1', 'docsis'],
    ['docsis', 'docsis'],
    ['NIS2', 'nis2'],
    ['nis2 richtlijn', 'nis2'],
    ['DPIA', 'dpia'],
    ['wie weet iets van LoRaWAN?', 'lora1'],
  ])('"%s" has %s in the top three', (query, specialist) => {
    expect(top(query)).toContain(specialist);
  });

  it.each([
    ['airflow', 'airflow', ['data1', 'data2']],
    ['pandas', 'pandas', ['python1', 'python2']],
    ['lorawan', 'lora1', ['iot1', 'iot2', 'iot3']],
    ['lorawan', 'lora2', ['iot1', 'iot2', 'iot3']],
    ['zigbee mesh', 'zigbee', ['mesh1', 'mesh2']],
    ['s4hana', 's4', ['sap']],
    ['docsis', 'docsis', ['coax']],
  ])(
    'for "%s", %s (who wrote it) ranks above %j (a broader concept, a part of it)',
    (query, writer, others) => {
      const ranked = top(query, 20);
      for (const other of others)
        if (ranked.includes(other)) expect(ranked.indexOf(writer)).toBeLessThan(ranked.indexOf(other));
    },
  );
});

describe('OwnWordsExpertiseIndex: ranking properties', () => {
  const build = (...people: ExpertiseProfile[]) => OwnWordsExpertiseIndex.build(people, { clock });
  const order = (built: OwnWordsExpertiseIndex, text: string) =>
    built.search({ text, top: 10, skip: 0 }).hits.map((hit) => hit.userId);

  it('an explicit statement of the query beats the same skill under another name', () => {
    const built = build(
      aPerson('wrote').withSkills('glasvezel').build(),
      aPerson('alias').withSkills('FTTH').build(),
    );
    expect(order(built, 'glasvezel')).toEqual(['wrote', 'alias']);
  });

  it('people who match more of the query beat those who match less', () => {
    const built = build(
      aPerson('one').withSkills('fiber').build(),
      aPerson('both').withSkills('fiber sales').build(),
      aPerson('other').withSkills('sales').build(),
    );
    expect(order(built, 'fiber sales')[0]).toBe('both');
  });

  it('job title, years and endorsements break ties, and never beat what people wrote', () => {
    const built = build(
      aPerson('title')
        .withTitle('Lead Kubernetes Architect')
        .withSkills('Docker')
        .endorsedFor('Docker', 9)
        .build(),
      aPerson('skill').withTitle('Engineer').withSkills('Kubernetes').build(),
      aPerson('endorsed').withTitle('Engineer').withSkills('Kubernetes').endorsedFor('kubernetes', 6).build(),
      aPerson('years')
        .withTitle('Engineer')
        .withSkills('Kubernetes')
        .about('8 jaar ervaring met Kubernetes.')
        .build(),
    );
    const ranked = order(built, 'kubernetes');
    expect(ranked.slice(0, 3).sort()).toEqual(['endorsed', 'skill', 'years']);
    expect(ranked.indexOf('skill')).toBeGreaterThan(ranked.indexOf('endorsed'));
    expect(ranked.indexOf('skill')).toBeGreaterThan(ranked.indexOf('years'));
  });

  it('a word in the skills list counts more than the same word in interests', () => {
    const built = build(
      aPerson('hobby').withInterests('Python').build(),
      aPerson('skill').withSkills('Python').build(),
    );
    expect(order(built, 'python')).toEqual(['skill', 'hobby']);
  });
});

describe('OwnWordsExpertiseIndex: why-lines quote people and never stay empty', () => {
  it('quotes the words people wrote, then what the concept layer added, in English and Dutch', () => {
    const built = index();
    const en = built.search({ text: 'lorawan', top: 2, skip: 0, locale: 'en-US' }).hits[0];
    const nl = built.search({ text: 'lorawan', top: 2, skip: 0, locale: 'nl-NL' }).hits[0];
    expect(explain(en?.why ?? [], 'en-US')).toMatch(/^skills: LoRaWAN gateways/);
    expect(explain(nl?.why ?? [], 'nl-NL')).toMatch(/^vaardigheden: LoRaWAN gateways/);
    expect(en?.matchedSkills[0]).toBe('LoRaWAN gateways');
  });

  it('quotes the words a concept was read from when the query is not among them', () => {
    const built = OwnWordsExpertiseIndex.build([aPerson('ftth').withSkills('FTTH-aanleg').build()], {
      clock,
    });
    const hit = built.search({ text: 'glasvezel', top: 1, skip: 0, locale: 'nl-NL' }).hits[0];
    expect(explain(hit?.why ?? [], 'nl-NL')).toMatch(/^vaardigheden: FTTH-aanleg · verwant aan /);
  });

  it.each([
    'mesh',
    'zigbe mesh',
    'pyhton',
    'data',
    'S/4HANA',
    'wie weet iets van iot',
    'glasvezel',
    'Engineer',
  ])('every hit for "%s" says why', (query) => {
    const hits = index().search({ text: query, top: 20, skip: 0 }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(explain(hit.why, 'en-US')).not.toBe('');
  });
});

describe('OwnWordsExpertiseIndex: typos and suggestions', () => {
  it('reads a transposition as one edit: "pyhton" finds the Python people and says so', () => {
    const result = index().search({ text: 'pyhton', top: 5, skip: 0 });
    expect(result.hits.map((hit) => hit.userId).sort()).toEqual(['python1', 'python2']);
    expect(result.interpretation.words).toContain('python');
    expect(result.interpretation.corrected).toBe('Python');
    const asked = index().search({ text: 'Wie kent pyhton?', top: 5, skip: 0 });
    expect(asked.interpretation.corrected).toBe('Wie kent Python?');
    expect(index().search({ text: 'Python', top: 5, skip: 0 }).interpretation.corrected).toBeUndefined();
  });

  it('offers "Did you mean" when few people match a mistyped word', () => {
    const result = index().search({ text: 'cmtss', top: 5, skip: 0 });
    expect(result.suggestions.map((s) => s.label)).toContain('CMTS');
  });

  it('finds nobody for gibberish and answers without throwing', () => {
    for (const text of ['qqqzzxx', '<script>alert(1)</script>', '????', 'a'.repeat(200)])
      expect(() => index().search({ text, top: 5, skip: 0 })).not.toThrow();
    expect(index().search({ text: 'qqqzzxx', top: 5, skip: 0 }).total).toBe(0);
  });
});

describe('OwnWordsExpertiseIndex: filters, paging and changes', () => {
  const people = () => [
    aPerson('a').inDepartment('Cloud').at('Rotterdam').withSkills('Kubernetes').build(),
    aPerson('b').inDepartment('Cloud').at('Utrecht').withSkills('Kubernetes', 'Helm').build(),
    aPerson('c').inDepartment('Netwerk').at('Rotterdam').withSkills('k8s').build(),
  ];

  it('filters by department and location, leaves out the excluded, and counts the rest', () => {
    const built = OwnWordsExpertiseIndex.build(people(), { clock });
    const inCloud = built.search({ text: 'kubernetes', department: 'cloud', top: 10, skip: 0 });
    expect(inCloud.hits.map((h) => h.userId).sort()).toEqual(['a', 'b']);
    const rotterdam = built.search({
      text: 'kubernetes',
      location: 'Rotterdam',
      exclude: ['a'],
      top: 10,
      skip: 0,
    });
    expect(rotterdam.hits.map((h) => h.userId)).toEqual(['c']);
    expect(built.search({ text: 'kubernetes', department: 'Nowhere', top: 10, skip: 0 }).total).toBe(0);
  });

  it('pages through the same order and agrees with candidates and describe', () => {
    const built = OwnWordsExpertiseIndex.build(people(), { clock });
    const all = built.search({ text: 'kubernetes', top: 10, skip: 0 });
    const second = built.search({ text: 'kubernetes', top: 1, skip: 1 });
    expect(all.total).toBe(3);
    expect(second.hits[0]?.userId).toBe(all.hits[1]?.userId);
    expect(built.candidates({ text: 'kubernetes' }, 10).candidates.map((c) => c.userId)).toEqual(
      all.hits.map((h) => h.userId),
    );
    const described = built.describe({ text: 'kubernetes' }, ['c', 'a', 'nobody']);
    expect(described.map((h) => h.userId)).toEqual(['c', 'a']);
  });

  it('gives the same answers after upserts and removals as a fresh build', () => {
    const built = OwnWordsExpertiseIndex.build(people(), { clock });
    built.upsert(aPerson('a').inDepartment('Cloud').withSkills('Terraform').build());
    built.upsert(aPerson('d').withSkills('Kubernetes operators').build());
    built.remove('b');
    const fresh = OwnWordsExpertiseIndex.build(
      [
        aPerson('c').inDepartment('Netwerk').at('Rotterdam').withSkills('k8s').build(),
        aPerson('a').inDepartment('Cloud').withSkills('Terraform').build(),
        aPerson('d').withSkills('Kubernetes operators').build(),
      ],
      { clock },
    );
    for (const text of ['kubernetes', 'terraform', 'helm', 'operators'])
      expect(
        built
          .search({ text, top: 10, skip: 0 })
          .hits.map((h) => h.userId)
          .sort(),
      ).toEqual(
        fresh
          .search({ text, top: 10, skip: 0 })
          .hits.map((h) => h.userId)
          .sort(),
      );
    expect(built.size).toBe(3);
  });
});

describe('OwnWordsExpertiseIndex: phrases and compounds', () => {
  it('people who wrote two query words together, as a phrase or as one Dutch compound, rank above those who wrote each apart', () => {
    const built = OwnWordsExpertiseIndex.build(
      [
        aPerson('apart').withSkills('Project planning', 'Stakeholder management').build(),
        aPerson('phrase').withSkills('Project management').build(),
        aPerson('compound').withSkills('Projectmanagement').build(),
      ],
      { clock },
    );
    const ranked = built.search({ text: 'project management', top: 3, skip: 0 }).hits.map((h) => h.userId);
    expect(ranked.indexOf('apart')).toBe(2);
    const dutch = built.search({ text: 'projectmanagement', top: 3, skip: 0 }).hits.map((h) => h.userId);
    expect(dutch.slice(0, 2).sort()).toEqual(['compound', 'phrase']);
  });
});
