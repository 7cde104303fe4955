// Offices of Samen Dev. Weights are the company-wide share of desks; departments multiply them (departments.ts).

export interface Office {
  city: string;
  /** SeedPerson.officeLocation: the building people name in their profile. */
  location: string;
  /** Dutch trunk code without the leading 0, for +31 business numbers. */
  areaCode: string;
  weight: number;
  /** Province-level region, used to prefer nearby schools. */
  region: 'randstad' | 'north' | 'east' | 'south';
}

export const OFFICES: readonly Office[] = [
  { city: 'Den Haag', location: 'Den Haag HQ', areaCode: '70', weight: 20, region: 'randstad' },
  { city: 'Amsterdam', location: 'Amsterdam Sloterdijk', areaCode: '20', weight: 22, region: 'randstad' },
  { city: 'Rotterdam', location: 'Rotterdam Kop van Zuid', areaCode: '10', weight: 16, region: 'randstad' },
  { city: 'Utrecht', location: 'Utrecht Papendorp', areaCode: '30', weight: 14, region: 'randstad' },
  { city: 'Eindhoven', location: 'Eindhoven Strijp-S', areaCode: '40', weight: 7, region: 'south' },
  { city: 'Groningen', location: 'Groningen Zernike', areaCode: '50', weight: 6, region: 'north' },
  { city: 'Zwolle', location: 'Zwolle Hanzeland', areaCode: '38', weight: 6, region: 'east' },
  { city: 'Arnhem', location: 'Arnhem Centraal', areaCode: '26', weight: 4, region: 'east' },
  { city: 'Maastricht', location: 'Maastricht Randwyck', areaCode: '43', weight: 3, region: 'south' },
];
