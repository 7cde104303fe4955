import type { MyExpertise } from '../../src';
import type { FakePerson } from './fake-talent-service';

/** A small organisation to search, built to exercise presence, filters and endorsement rules. */
export const anna: FakePerson = {
  id: 'u-anna',
  displayName: 'Anna de Vries',
  jobTitle: 'Sales engineer',
  department: 'Zakelijke markt',
  officeLocation: 'Amsterdam',
  userPrincipalName: 'anna.devries@contoso.nl',
  presence: { availability: 'Available', activity: 'Available' },
  skills: ['Fiber sales', 'Glasvezel', 'Kubernetes'],
};

export const bram: FakePerson = {
  id: 'u-bram',
  displayName: 'Bram Jansen',
  jobTitle: 'Network architect',
  department: 'Netwerk',
  officeLocation: 'Rotterdam',
  userPrincipalName: 'bram.jansen@contoso.nl',
  presence: { availability: 'Busy', activity: 'InAMeeting' },
  skills: ['Fiber networks', 'Glasvezel', 'FTTH'],
};

export const carla: FakePerson = {
  id: 'u-carla',
  displayName: 'Carla Bakker',
  jobTitle: 'Field engineer',
  department: 'Netwerk',
  officeLocation: 'Utrecht',
  userPrincipalName: 'carla.bakker@contoso.nl',
  presence: { availability: 'Offline', activity: 'OffWork' },
  skills: ['Fiber splicing', 'Glasvezel'],
};

/** The signed-in user, findable too (for "you cannot endorse yourself"). */
export const me: FakePerson = {
  id: 'u-me',
  displayName: 'Sanne Visser',
  jobTitle: 'Product owner',
  department: 'Zakelijke markt',
  officeLocation: 'Amsterdam',
  userPrincipalName: 'sanne.visser@contoso.nl',
  presence: { availability: 'Available', activity: 'Available' },
  skills: ['Kubernetes', 'Scrum'],
};

export const people: readonly FakePerson[] = [anna, bram, carla, me];

export const myExpertise: MyExpertise = {
  id: me.id,
  displayName: me.displayName,
  skills: ['Kubernetes', 'Scrum'],
  openToQuestions: false,
  languages: ['Nederlands'],
  endorsements: [{ skill: 'kubernetes', label: 'Kubernetes', count: 3 }],
};

export const vocabulary: readonly string[] = [
  'Fiber networks',
  'Fiber sales',
  'Fiber splicing',
  'FTTH',
  'Glasvezel',
  'Klantenservice',
  'Kubernetes',
  'Kotlin',
  'Scrum',
];
