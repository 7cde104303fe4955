import { FixedClock, TalentProjection, type DirectoryPerson, type RereadPolicy } from '../../../src';
import { aPerson, anEndorsement, settingsOf } from './builders';
import { FakeDirectory, FakeEndorsementSource, FakeSettingsSource, RecordingIndex } from './fakes';

const ana = aPerson('ana').withSkills('Kubernetes').build();
const bram = aPerson('bram').withSkills('Glasvezel').build();

function aProjection(
  people: DirectoryPerson[] = [ana, bram],
  rereads?: Partial<RereadPolicy>,
  profileSweep?: { everyMs: number; roundMs: number },
) {
  const directory = new FakeDirectory(people);
  const endorsements = new FakeEndorsementSource();
  const settings = new FakeSettingsSource();
  const index = new RecordingIndex();
  const clock = new FixedClock('2026-11-26T09:00:00Z');
  const log: string[] = [];
  const projection = new TalentProjection({
    directory,
    endorsements,
    settings,
    index,
    clock,
    log: (message) => log.push(message),
    ...(rereads ? { rereads } : {}),
    ...(profileSweep ? { profileSweep } : {}),
  });
  return { projection, directory, endorsements, settings, index, clock, log };
}

const malformedRow = (list: string, itemId: string) => ({ list, itemId, issues: ['EndorsedAt: Invalid'] });

describe('TalentProjection.start', () => {
  it('indexes everyone in the directory with what their profile declares, each once', async () => {
    const { projection, index } = aProjection();
    await projection.start();
    expect(index.profiles.get('ana')).toMatchObject({ userId: 'ana', skills: ['Kubernetes'] });
    expect(index.upserts.sort()).toEqual(['ana', 'bram']);
    expect(projection.people.get('bram')?.displayName).toBe('Bram');
  });

  it.each([
    [
      'a known skill by its canonical id',
      [anEndorsement('kubernetes').build()],
      { skill: 'kubernetes', count: 1 },
    ],
    [
      'an unknown skill by the label typed',
      [anEndorsement().typed('Carillon').build()],
      { skill: 'Carillon', count: 1 },
    ],
    [
      'one count per endorser',
      [anEndorsement('kubernetes').by('bram').build(), anEndorsement('kubernetes').by('cas').build()],
      { skill: 'kubernetes', count: 2 },
    ],
  ])('counts endorsements of %s into the profile', async (_case, added, expected) => {
    const { projection, endorsements, index } = aProjection();
    endorsements.queue({ added, removed: [], malformed: [] });
    await projection.start();
    expect(index.profiles.get('ana')?.endorsements).toEqual([expected]);
  });

  it('adds the opt-in and languages from the settings to the profile', async () => {
    const { projection, settings, index } = aProjection();
    settings.queue({
      upserted: [settingsOf('ana', true, 'nl', 'en')],
      removed: [],
      malformed: [],
      resynced: false,
    });
    await projection.start();
    expect(index.profiles.get('ana')).toMatchObject({ openToQuestions: true, languages: ['nl', 'en'] });
    expect(index.profiles.get('bram')).not.toHaveProperty('openToQuestions');
  });

  it('logs a malformed endorsement row with its list and item id, and counts the good rows', async () => {
    const { projection, endorsements, index, log } = aProjection();
    endorsements.queue({
      added: [anEndorsement('kubernetes').build()],
      removed: [],
      malformed: [malformedRow('Samen Endorsements', '17')],
    });
    await projection.start();
    expect(log).toEqual(["malformed row left out: list 'Samen Endorsements', item 17: EndorsedAt: Invalid"]);
    expect(index.profiles.get('ana')?.endorsements).toEqual([{ skill: 'kubernetes', count: 1 }]);
  });

  it('logs a malformed settings row with its item id', async () => {
    const { projection, settings, log } = aProjection();
    const row = {
      list: 'Samen Expertise Settings',
      itemId: '4',
      issues: ['OpenToQuestions: expected boolean'],
    };
    settings.queue({ upserted: [], removed: [], malformed: [row], resynced: false });
    await projection.start();
    expect(log).toEqual([expect.stringContaining("list 'Samen Expertise Settings', item 4:")]);
  });
});

describe('TalentProjection.refresh', () => {
  it('forgets someone who left the directory, in the index too', async () => {
    const { projection, directory, index } = aProjection();
    await projection.start();
    directory.delete('bram');
    await projection.refresh();
    expect(index.profiles.has('bram')).toBe(false);
    expect(projection.people.has('bram')).toBe(false);
  });

  it('indexes a changed profile', async () => {
    const { projection, directory, index } = aProjection();
    await projection.start();
    directory.put(aPerson('ana').withSkills('Kubernetes', 'Terraform').build());
    await projection.refresh();
    expect(index.profiles.get('ana')?.skills).toEqual(['Kubernetes', 'Terraform']);
  });

  it('re-indexes someone whose endorsement was withdrawn elsewhere', async () => {
    const { projection, endorsements, index } = aProjection();
    const e = anEndorsement('kubernetes').build();
    endorsements.queue(
      { added: [e], removed: [], malformed: [] },
      { added: [], removed: [e], malformed: [] },
    );
    await projection.start();
    await projection.refresh();
    expect(index.profiles.get('ana')?.endorsements).toEqual([]);
  });

  it('re-indexes someone whose settings changed, and drops the settings of a deleted row', async () => {
    const { projection, settings, index } = aProjection();
    settings.queue(
      {
        upserted: [settingsOf('ana', true, 'nl'), settingsOf('bram', true)],
        removed: [],
        malformed: [],
        resynced: false,
      },
      { upserted: [settingsOf('ana', false, 'nl', 'de')], removed: ['bram'], malformed: [], resynced: false },
    );
    await projection.start();
    await projection.refresh();
    expect(index.profiles.get('ana')).toMatchObject({ openToQuestions: false, languages: ['nl', 'de'] });
    expect(index.profiles.get('bram')).not.toHaveProperty('openToQuestions');
    expect(projection.settingsOf('bram')).toBeUndefined();
  });

  it('does not re-index someone whose settings arrive as they already were', async () => {
    const { projection, settings, index } = aProjection();
    settings.queue(
      { upserted: [settingsOf('ana', true, 'nl')], removed: [], malformed: [], resynced: false },
      { upserted: [settingsOf('ana', true, 'nl')], removed: [], malformed: [], resynced: false },
    );
    await projection.start();
    index.upserts.length = 0;
    await projection.refresh();
    expect(index.upserts).toEqual([]);
  });

  it('indexes someone once when their profile and their endorsements change in the same round', async () => {
    const { projection, directory, endorsements, index } = aProjection();
    await projection.start();
    index.upserts.length = 0;
    directory.put(aPerson('ana').withSkills('Kubernetes', 'Helm').build());
    endorsements.queue({ added: [anEndorsement('helm').build()], removed: [], malformed: [] });
    await projection.refresh();
    expect(index.upserts).toEqual(['ana']);
    expect(index.profiles.get('ana')?.endorsements).toEqual([{ skill: 'helm', count: 1 }]);
  });

  it('runs one round at a time: a call during a round waits for that round', async () => {
    const { projection, directory } = aProjection();
    await projection.start();
    await Promise.all([projection.refresh(), projection.refresh()]);
    expect(directory.changeRounds).toBe(1);
  });
});

describe('profiles that could not be read', () => {
  it('reads someone throttled at start again in the next round, and indexes them', async () => {
    const { projection, directory, index } = aProjection();
    directory.throttled.add('ana');
    await projection.start();
    expect(index.profiles.has('ana')).toBe(false);
    directory.throttled.delete('ana');
    await projection.refresh();
    expect(directory.rereads).toEqual([['ana']]);
    expect(index.profiles.get('ana')?.skills).toEqual(['Kubernetes']);
    expect(projection.unreadProfiles).toBe(0);
  });

  it('does not read someone again in the round that missed them: the batch has just retried', async () => {
    const { projection, directory } = aProjection();
    await projection.start();
    directory.put(aPerson('ana').withSkills('Helm').build());
    directory.throttled.add('ana');
    await projection.refresh();
    expect(directory.rereads).toEqual([]);
    await projection.refresh();
    expect(directory.rereads).toEqual([['ana']]);
  });

  it('says in the log how many could not be read and from when they are read again', async () => {
    const { projection, directory, log } = aProjection();
    directory.throttled.add('ana');
    directory.throttled.add('bram');
    await projection.start();
    expect(log).toEqual([
      '2 profiles could not be read (throttled, unavailable, refused or malformed; each is named in the log); 2 wait to be read again, the first in the round after 2026-11-26T09:00:00.000Z',
    ]);
  });

  it('keeps what it had for someone whose changed profile could not be read', async () => {
    const { projection, directory, index } = aProjection();
    await projection.start();
    directory.put(aPerson('ana').withSkills('Helm').build());
    directory.throttled.add('ana');
    await projection.refresh();
    expect(index.profiles.get('ana')?.skills).toEqual(['Kubernetes']);
    expect(projection.unreadProfiles).toBe(1);
  });

  it('waits before reading again someone whose re-read was throttled too', async () => {
    const { projection, directory, clock, index } = aProjection();
    directory.throttled.add('ana');
    await projection.start();
    await projection.refresh();
    await projection.refresh();
    expect(directory.rereads).toEqual([['ana']]);
    directory.throttled.delete('ana');
    clock.advance(30_000);
    await projection.refresh();
    expect(directory.rereads).toEqual([['ana'], ['ana']]);
    expect(index.profiles.has('ana')).toBe(true);
  });

  it('reads at most `maxPerRound` again per round, and the rest in later rounds', async () => {
    const people = ['a', 'b', 'c', 'd', 'e'].map((id) => aPerson(id).build());
    const { projection, directory, index } = aProjection(people, { maxPerRound: 2 });
    people.forEach((p) => directory.throttled.add(p.userId));
    await projection.start();
    directory.throttled.clear();
    await projection.refresh();
    await projection.refresh();
    await projection.refresh();
    expect(directory.rereads).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(index.profiles.size).toBe(5);
    expect(projection.unreadProfiles).toBe(0);
  });

  it('stops reading someone again who left the directory meanwhile', async () => {
    const { projection, directory } = aProjection();
    directory.throttled.add('ana');
    await projection.start();
    directory.delete('ana');
    await projection.refresh();
    await projection.refresh();
    expect(directory.rereads).toEqual([]);
    expect(projection.unreadProfiles).toBe(0);
  });

  it('stops reading someone again whom a later round delivered', async () => {
    const { projection, directory, index } = aProjection();
    directory.throttled.add('ana');
    await projection.start();
    directory.throttled.delete('ana');
    directory.put(aPerson('ana').withSkills('Helm').build());
    await projection.refresh();
    expect(directory.rereads).toEqual([]);
    expect(index.profiles.get('ana')?.skills).toEqual(['Helm']);
  });

  it('keeps everyone queued, with backoff, when a re-read fails as a whole, and logs it', async () => {
    const { projection, directory, clock, index, log } = aProjection();
    directory.throttled.add('ana');
    await projection.start();
    directory.throttled.delete('ana');
    directory.failNextReread = true;
    await expect(projection.refresh()).resolves.toBeUndefined();
    expect(log).toContain('reading 1 profiles again failed; they stay queued');
    await projection.refresh();
    expect(directory.rereads).toHaveLength(1);
    clock.advance(30_000);
    await projection.refresh();
    expect(index.profiles.get('ana')?.skills).toEqual(['Kubernetes']);
  });
});

describe('writes made through this service', () => {
  it('counts an endorsement at once, and not again when the next round delivers it', async () => {
    const { projection, endorsements, index } = aProjection();
    await projection.start();
    const e = anEndorsement('kubernetes').build();
    expect(projection.afterEndorsement(e)).toBe(1);
    expect(index.profiles.get('ana')?.endorsements).toEqual([{ skill: 'kubernetes', count: 1 }]);
    endorsements.queue({ added: [e], removed: [], malformed: [] });
    await projection.refresh();
    expect(projection.endorsementsOf('ana')).toEqual([
      { key: 'kubernetes', label: 'kubernetes', skillId: 'kubernetes', count: 1 },
    ]);
  });

  it('takes a withdrawn endorsement out of the counts at once', async () => {
    const { projection, endorsements, index } = aProjection();
    const e = anEndorsement('kubernetes').build();
    endorsements.queue({ added: [e], removed: [], malformed: [] });
    await projection.start();
    projection.afterWithdrawal(e);
    expect(index.profiles.get('ana')?.endorsements).toEqual([]);
  });

  it('applies a change of your own skills, opt-in and languages at once', async () => {
    const { projection, index } = aProjection();
    await projection.start();
    projection.afterOwnChange('ana', { skills: ['Helm'], openToQuestions: true });
    expect(index.profiles.get('ana')).toMatchObject({
      skills: ['Helm'],
      openToQuestions: true,
      languages: [],
    });
    projection.afterOwnChange('ana', { languages: ['nl'] });
    expect(projection.settingsOf('ana')).toEqual({ openToQuestions: true, languages: ['nl'] });
  });
});

describe('the profile sweep', () => {
  const people = ['a', 'b', 'c', 'd'].map((id) => aPerson(id).withSkills('Excel').build());

  it('reads everyone again over the sweep period, a slice a round, and indexes an edit the delta never showed', async () => {
    // Four people, a sweep of four rounds: one a round.
    const { projection, directory, index } = aProjection(people, undefined, { everyMs: 4, roundMs: 1 });
    await projection.start();
    directory.put(aPerson('c').withSkills('Excel', 'Power BI').build());
    directory.changed.clear(); // the edit lives in the profile service only: the delta does not name it
    for (let round = 0; round < 4; round++) await projection.refresh();
    expect(directory.rereads).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(index.profiles.get('c')?.skills).toEqual(['Excel', 'Power BI']);
  });

  it('starts over after everyone, and is off unless configured', async () => {
    const swept = aProjection(people, undefined, { everyMs: 2, roundMs: 1 });
    await swept.projection.start();
    for (let round = 0; round < 3; round++) await swept.projection.refresh();
    expect(swept.directory.rereads).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['a', 'b'],
    ]);
    const plain = aProjection(people);
    await plain.projection.start();
    await plain.projection.refresh();
    expect(plain.directory.rereads).toEqual([]);
  });

  it('keeps going when a sweep read fails as a whole, and logs it', async () => {
    const { projection, directory, log } = aProjection(people, undefined, { everyMs: 2, roundMs: 1 });
    await projection.start();
    directory.failNextReread = true;
    await projection.refresh();
    await projection.refresh();
    expect(directory.rereads).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(log).toContain('reading 2 profiles for the sweep failed; the sweep goes on next round');
  });
});
