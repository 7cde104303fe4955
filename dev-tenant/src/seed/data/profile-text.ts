// Building blocks for the free-text profile fields. Templates only mention skills through their {form}
// placeholder or, for project names, through a literal spelling of the skill they are keyed to: that is what
// keeps the ground truth and the text in step (a test scans every text field for skill spellings).

/** [Dutch, English] pairs, so a person's texts follow their preferred language. */
export type Bilingual = readonly [nl: string, en: string];

export const HOBBIES: readonly Bilingual[] = [
  ['wielrennen', 'cycling'],
  ['hardlopen', 'running'],
  ['voetbal', 'football'],
  ['hockey', 'field hockey'],
  ['tennis', 'tennis'],
  ['padel', 'padel'],
  ['schaatsen', 'ice skating'],
  ['zeilen', 'sailing'],
  ['fotografie', 'photography'],
  ['koken', 'cooking'],
  ['bakken', 'baking'],
  ['lezen', 'reading'],
  ['bordspellen', 'board games'],
  ['gamen', 'gaming'],
  ['gitaar spelen', 'playing the guitar'],
  ['piano spelen', 'playing the piano'],
  ['zingen in een koor', 'singing in a choir'],
  ['tuinieren', 'gardening'],
  ['wandelen', 'hiking'],
  ['kamperen', 'camping'],
  ['reizen', 'travelling'],
  ['vissen', 'fishing'],
  ['yoga', 'yoga'],
  ['fitness', 'working out'],
  ['boulderen', 'bouldering'],
  ['schaken', 'chess'],
  ['vrijwilligerswerk', 'volunteering'],
  ['geschiedenis', 'history'],
  ['musea bezoeken', 'visiting museums'],
  ['films kijken', 'watching films'],
  ['podcasts luisteren', 'listening to podcasts'],
  ['duiken', 'diving'],
  ['surfen', 'surfing'],
  ['motorrijden', 'motorcycling'],
  ['kickboksen', 'kickboxing'],
  ['dansen', 'dancing'],
  ['tekenen', 'drawing'],
  ['drones vliegen', 'flying drones'],
  ['modelspoor', 'model railways'],
  ['sterrenkunde', 'astronomy'],
  ['pubquizzen', 'pub quizzes'],
  ['breien', 'knitting'],
  ['Formule 1', 'Formula 1'],
  ['carnaval', 'carnival'],
  ['klussen in huis', 'DIY at home'],
];

export const PROFESSIONAL_INTERESTS: readonly Bilingual[] = [
  ['kunstmatige intelligentie', 'artificial intelligence'],
  ['smart cities', 'smart cities'],
  ['quantumcomputing', 'quantum computing'],
  ['digitale inclusie', 'digital inclusion'],
  ['open source', 'open source'],
  ['de toekomst van werk', 'the future of work'],
  ['energietransitie', 'energy transition'],
  ['ruimtevaart', 'space technology'],
  ['e-sports', 'e-sports'],
  ['nieuwe technologie', 'emerging technology'],
  ['gedragspsychologie', 'behavioural psychology'],
  ['circulaire economie', 'circular economy'],
];

export interface School {
  name: string;
  level: 'wo' | 'hbo' | 'mbo';
  region: 'randstad' | 'north' | 'east' | 'south';
}

const school = (name: string, level: School['level'], region: School['region']): School => ({
  name,
  level,
  region,
});

export const DUTCH_SCHOOLS: readonly School[] = [
  school('TU Delft', 'wo', 'randstad'),
  school('Technische Universiteit Eindhoven', 'wo', 'south'),
  school('Universiteit Twente', 'wo', 'east'),
  school('Universiteit van Amsterdam', 'wo', 'randstad'),
  school('Vrije Universiteit Amsterdam', 'wo', 'randstad'),
  school('Universiteit Utrecht', 'wo', 'randstad'),
  school('Erasmus Universiteit Rotterdam', 'wo', 'randstad'),
  school('Rijksuniversiteit Groningen', 'wo', 'north'),
  school('Universiteit Leiden', 'wo', 'randstad'),
  school('Radboud Universiteit', 'wo', 'east'),
  school('Maastricht University', 'wo', 'south'),
  school('Tilburg University', 'wo', 'south'),
  school('Wageningen University', 'wo', 'east'),
  school('Hogeschool van Amsterdam', 'hbo', 'randstad'),
  school('Hogeschool Utrecht', 'hbo', 'randstad'),
  school('Hogeschool Rotterdam', 'hbo', 'randstad'),
  school('De Haagse Hogeschool', 'hbo', 'randstad'),
  school('Hogeschool Inholland', 'hbo', 'randstad'),
  school('Fontys Hogescholen', 'hbo', 'south'),
  school('Avans Hogeschool', 'hbo', 'south'),
  school('Zuyd Hogeschool', 'hbo', 'south'),
  school('Hanzehogeschool Groningen', 'hbo', 'north'),
  school('NHL Stenden Hogeschool', 'hbo', 'north'),
  school('Saxion Hogeschool', 'hbo', 'east'),
  school('Hogeschool Windesheim', 'hbo', 'east'),
  school('Hogeschool van Arnhem en Nijmegen', 'hbo', 'east'),
  school('ROC van Amsterdam', 'mbo', 'randstad'),
  school('ROC Mondriaan', 'mbo', 'randstad'),
  school('Albeda', 'mbo', 'randstad'),
  school('MBO Utrecht', 'mbo', 'randstad'),
  school('Summa College', 'mbo', 'south'),
  school('Gilde Opleidingen', 'mbo', 'south'),
  school('Noorderpoort', 'mbo', 'north'),
  school('Deltion College', 'mbo', 'east'),
  school('ROC Rijn IJssel', 'mbo', 'east'),
];

/** Neighbourhoods where the fiber and 5G projects happened. */
export const DISTRICTS: readonly string[] = [
  'Utrecht-Noord',
  'Amsterdam-West',
  'Amsterdam-Noord',
  'Rotterdam-Zuid',
  'Den Haag Escamp',
  'Eindhoven-Woensel',
  'Groningen-Oost',
  'Zwolle-Zuid',
  'Maastricht-West',
  'Almere Buiten',
  'Tilburg-Noord',
  'Breda-Oost',
  'Nijmegen-Lent',
  'Arnhem-Zuid',
  'Apeldoorn-Zuid',
  'Enschede-Oost',
  'Leeuwarden-Noord',
  'Haarlem-Schalkwijk',
  'Amersfoort-Vathorst',
  'Den Bosch-West',
  'Leiden-Noord',
  'Delft-Tanthof',
  'Dordrecht-Sterrenburg',
  'Zoetermeer-Oost',
];

/**
 * Project names keyed by the skill they evidence; each literally contains a spelling of that skill (tested).
 * Placeholders: {district}, {city}, {year}.
 */
export const SKILL_PROJECTS: Readonly<Record<string, readonly string[]>> = {
  'ftth-rollout': ['Glasvezeluitrol {district} {year}', 'FTTH rollout {district} {year}'],
  'fiber-optics': ['Glasvezel voor bedrijventerrein {city}', 'Fibre upgrade {district} {year}'],
  '5g-sa': ['5G standalone pilot', '5G standalone pilot {city} {year}'],
  '5g': ['5G-uitrol {city} {year}', '5G coverage {city} {year}'],
  'open-ran': ['Open RAN proeftuin {city}'],
  'iot-connectivity': ['NB-IoT slimme meters {year}'],
  'network-slicing': ['Network slicing voor hulpdiensten {year}'],
  'private-5g': ['Private 5G networks pilot haven {city}'],
  'copper-networks': ['Uitfasering kopernetwerk {year}', 'PSTN switch-off {year}'],
  kubernetes: ['Migratie naar Kubernetes {year}', 'k8s platform {year}'],
  'microsoft-azure': ['Cloudmigratie naar Azure {year}', 'Azure landing zone {year}'],
  'microsoft-365': ['Uitrol Microsoft 365 {year}'],
  'customer-service': ['Klantenservice 2.0 ({year})', 'Customer service chatbot {year}'],
  'generative-ai': ['GenAI-assistent voor agents {year}'],
  gdpr: ['AVG-implementatie {year}', 'GDPR remediation {year}'],
  nis2: ['NIS2-programma {year}'],
  'network-automation': ['Netwerkautomatisering backbone {year}'],
  'power-bi': ['Power BI-rapportage {year}'],
  'sd-wan': ['SD-WAN voor retailketens {year}'],
  voip: ['VoIP-migratie zakelijke markt {year}'],
  volte: ['VoLTE-lancering {year}'],
  'salesforce-crm': ['Salesforce-implementatie {year}'],
  servicenow: ['ServiceNow-migratie {year}'],
  'security-operations': ['Nieuw SOC {year}'],
  'zero-trust': ['Zero trust-architectuur {year}'],
  'iso-27001': ['ISO 27001-certificering {year}'],
  'door-to-door': ['Deur-aan-deurverkoop {district} {year}'],
  'sap-fico': ['SAP S/4HANA-migratie {year}'],
  'internal-communications': ['Interne communicatie rond de reorganisatie {year}'],
  mainframe: ['Mainframe exit {year}'],
  'bss-oss': ['BSS/OSS-transformatie {year}'],
};

/** For skills without their own project names; {form} is a spelling of the skill. */
export const GENERIC_PROJECTS: Bilingual[] = [
  ['Pilot {form} {year}', '{form} pilot {year}'],
  ['Implementatie {form} {city}', '{form} implementation {city}'],
  ['Programma {form} {year}', '{form} programme {year}'],
  ['Verbetertraject {form} {year}', '{form} improvement project {year}'],
  ['Proof of concept {form}', '{form} proof of concept {year}'],
];

/** Projects everyone may have joined; they mention no skill. */
export const COMPANY_PROJECTS: readonly Bilingual[] = [
  ['Verhuizing naar kantoor {city} {year}', 'Office move {city} {year}'],
  ['Hackathon Samen Dev {year}', 'Samen Dev hackathon {year}'],
  ["Challenge 'Samen slimmer werken' {year}", "Challenge 'Samen slimmer werken' {year}"],
  ['Jubileumfeest Samen Dev {year}', 'Samen Dev anniversary party {year}'],
];

/** aboutMe sentences. {a} {title}, {department}, {city}, {office}, {year}, {years}, {form}, {hobby}. */
export const ABOUT: Readonly<Record<'nl' | 'en', Readonly<Record<string, readonly string[]>>>> = {
  nl: {
    intro: [
      'Ik ben {title} bij {department} in {city}.',
      'Sinds {year} werk ik bij Samen Dev, nu als {title}.',
      'Als {title} werk ik vanuit {office}.',
    ],
    experienced: [
      'Ik heb {years} jaar ervaring met {form}.',
      'Ik werk al {years} jaar aan {form}.',
      'Daarvoor heb ik {years} jaar met {form} gewerkt bij een andere operator.',
    ],
    expert: ['Mijn specialisme is {form}.', 'Voor vragen over {form} kun je altijd bij mij terecht.'],
    learning: ['Ik verdiep me op dit moment in {form}.', 'Ik leer graag meer over {form}.'],
    hobby: ['In mijn vrije tijd houd ik van {hobby}.', 'Buiten het werk ben ik vaak bezig met {hobby}.'],
  },
  en: {
    intro: [
      "I'm {a} {title} in {department}, based in {city}.",
      'I joined Samen Dev in {year} and work as {a} {title}.',
      'I work as {a} {title} from our {office} office.',
    ],
    experienced: [
      'I have {years} years of experience with {form}.',
      "I've been working on {form} for {years} years.",
      'Before joining I spent {years} years on {form} at another operator.',
    ],
    expert: ['My speciality is {form}.', 'Feel free to ask me anything about {form}.'],
    learning: ["I'm currently learning {form}.", 'I am building up my knowledge of {form}.'],
    hobby: ['In my spare time I enjoy {hobby}.', 'Outside work I love {hobby}.'],
  },
};
