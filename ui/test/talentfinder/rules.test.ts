import { PersonaPresence } from '@fluentui/react';
import { checkAddition, checkList, MAX_SKILLS } from '../../src/talentfinder/expertise-rules';
import { firstNameOf, mailLink, teamsChatLink } from '../../src/talentfinder/links';
import { personaPresenceOf, presenceText } from '../../src/talentfinder/presence';
import { talentfinderStrings } from '../../src/talentfinder/strings';
import type { Availability } from '@samen/core/contract';
import type { TalentResult } from '../../src';

const en = talentfinderStrings('en-US');
const nl = talentfinderStrings('nl-NL');

describe('presence', () => {
  it.each<[Availability, PersonaPresence]>([
    ['Available', PersonaPresence.online],
    ['AvailableIdle', PersonaPresence.online],
    ['Away', PersonaPresence.away],
    ['BeRightBack', PersonaPresence.away],
    ['Busy', PersonaPresence.busy],
    ['BusyIdle', PersonaPresence.busy],
    ['DoNotDisturb', PersonaPresence.dnd],
    ['Offline', PersonaPresence.offline],
    ['PresenceUnknown', PersonaPresence.offline],
  ])('shows Graph availability %s as the %s badge', (availability, badge) => {
    expect(personaPresenceOf({ availability, activity: availability })).toBe(badge);
  });

  it.each([
    ['Busy', 'InAMeeting', 'Busy · In a meeting', 'Bezet · In een vergadering'],
    ['DoNotDisturb', 'Presenting', 'Do not disturb · Presenting', 'Niet storen · Aan het presenteren'],
    ['Away', 'OutOfOffice', 'Away · Out of office', 'Afwezig · Buiten kantoor'],
    ['Available', 'Available', 'Available', 'Beschikbaar'],
    ['BeRightBack', 'BeRightBack', 'Be right back', 'Zo terug'],
    ['Busy', 'SomethingNew', 'Busy', 'Bezet'],
  ] as const)('words %s/%s as "%s" and "%s"', (availability, activity, english, dutch) => {
    expect(presenceText({ availability, activity }, en)).toBe(english);
    expect(presenceText({ availability, activity }, nl)).toBe(dutch);
  });
});

describe('links', () => {
  const person = {
    displayName: 'Vries, Anna de',
    userPrincipalName: 'anna+sales@contoso.nl',
  } as TalentResult;

  it.each([
    ['Anna de Vries', 'Anna'],
    ['Vries, Anna de', 'Anna'],
    ['  Bram ', 'Bram'],
    ['Prince', 'Prince'],
  ])('calls %s by the first name %s', (displayName, first) => {
    expect(firstNameOf(displayName)).toBe(first);
  });

  it('encodes the UPN and the draft in the Teams link', () => {
    const url = new URL(teamsChatLink(person, 'k8s & helm', en));
    expect(url.searchParams.get('users')).toBe('anna+sales@contoso.nl');
    expect(url.searchParams.get('message')).toContain('about k8s & helm?');
  });

  it('writes spaces in a mail link as %20, which every mail client understands', () => {
    const link = mailLink(person, 'fiber sales', nl);
    expect(link).toMatch(
      /^mailto:anna%2Bsales@contoso\.nl\?subject=Een%20vraag%20over%20fiber%20sales&body=Hoi%20Anna/,
    );
  });
});

describe('expertise rules', () => {
  it.each([
    [['Kubernetes'], '', 'empty'],
    [['Kubernetes'], '   ', 'empty'],
    [['Kubernetes'], 'kubernetes', 'duplicate'],
    [['Kubernetes'], ' KUBERNETES ', 'duplicate'],
    [['Scrum'], 'Kubernetes', undefined],
  ])('adding to %j the item %j gives %s', (list, candidate, kind) => {
    expect(checkAddition(list, candidate)?.kind).toBe(kind);
  });

  it(`stops at ${MAX_SKILLS} skills`, () => {
    const full = Array.from({ length: MAX_SKILLS }, (_, index) => `Skill ${index}`);
    expect(checkAddition(full, 'One more', MAX_SKILLS)).toEqual({ kind: 'tooMany', max: MAX_SKILLS });
    expect(checkList([...full, 'One more'], MAX_SKILLS)).toEqual({ kind: 'tooMany', max: MAX_SKILLS });
    expect(checkList(full, MAX_SKILLS)).toBeUndefined();
  });

  it('finds duplicates and blanks in a whole list', () => {
    expect(checkList(['Scrum', 'scrum'])).toEqual({ kind: 'duplicate', item: 'Scrum' });
    expect(checkList(['Scrum', ' '])).toEqual({ kind: 'empty' });
  });
});

describe('strings', () => {
  it('has every word in both languages', () => {
    const keys = (strings: object) => Object.keys(strings).sort();
    expect(keys(nl)).toEqual(keys(en));
    for (const [key, value] of Object.entries(nl)) {
      if (typeof value === 'string' && key !== 'separator') expect(value.trim()).not.toBe('');
    }
  });

  it('counts in the language’s own way', () => {
    expect(en.resultSummary(1, 'k8s', false)).toBe('1 colleague knows about “k8s”');
    expect(en.resultSummary(1234, 'k8s', true)).toBe(
      '1,234 colleagues know about “k8s” and can be reached now',
    );
    expect(nl.resultSummary(1, 'k8s', true)).toBe('1 collega weet iets van ‘k8s’ en is nu bereikbaar');
    expect(nl.resultSummary(1234, 'k8s', false)).toBe('1.234 collega’s weten iets van ‘k8s’');
  });
});
