// The organisation chart of "Samen Dev", a Dutch telecom: divisions led by executives, departments led by
// directors, teams led by managers. Weights are relative headcounts, loosely modelled on a Dutch operator.

export type DivisionKey = 'technology' | 'commercial' | 'operations' | 'finance' | 'people';

export interface DivisionSpec {
  key: DivisionKey;
  executiveTitle: string;
  skills: readonly string[];
}

export const EXECUTIVE_BOARD = 'Executive Board';
export const CEO_TITLE = 'Chief Executive Officer';

export const DIVISIONS: readonly DivisionSpec[] = [
  {
    key: 'technology',
    executiveTitle: 'Chief Technology Officer',
    skills: ['network-design', 'cloud-architecture'],
  },
  {
    key: 'commercial',
    executiveTitle: 'Chief Commercial Officer',
    skills: ['b2b-sales', 'marketing-strategy'],
  },
  {
    key: 'operations',
    executiveTitle: 'Chief Operating Officer',
    skills: ['customer-experience', 'process-improvement'],
  },
  {
    key: 'finance',
    executiveTitle: 'Chief Financial Officer',
    skills: ['financial-control', 'mergers-acquisitions'],
  },
  { key: 'people', executiveTitle: 'Chief People Officer', skills: ['org-development', 'change-management'] },
];

export interface RoleSpec {
  title: string;
  weight: number;
  /** Whether the title takes a seniority prefix (Junior, Senior, Lead). Architects and owners do not. */
  graded: boolean;
  /** The role's core skills, most people in the role really have them. */
  skills: readonly string[];
}

/** A line for SeedPerson.responsibilities; with `skill`, only people who really have that skill get it. */
export interface ResponsibilitySpec {
  nl: string;
  en: string;
  skill?: string;
}

export interface DepartmentSpec {
  key: string;
  name: string;
  division: DivisionKey;
  weight: number;
  teams: readonly string[];
  roles: readonly RoleSpec[];
  /** Direct reports per manager below the director. */
  span: readonly [min: number, max: number];
  /** Skill domain weights: how likely a skill from each domain is, before the in-domain Zipf rank. */
  domains: Readonly<Record<string, number>>;
  /** Multipliers on the company-wide office weights (e.g. contact centres are outside the Randstad). */
  cities?: Readonly<Record<string, number>>;
  /** Share of people working evening or weekend shifts. */
  shifts: number;
  /** Teams where Dutch titles are the norm ("Teamleider" rather than "Team Lead"). */
  dutchTitles?: boolean;
  responsibilities: readonly ResponsibilitySpec[];
}

const r = (title: string, weight: number, skills: readonly string[], graded = true): RoleSpec => ({
  title,
  weight,
  graded,
  skills,
});

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    key: 'network-engineering',
    name: 'Network Engineering',
    division: 'technology',
    weight: 11,
    teams: [
      'IP Core',
      'Transport & Optical',
      'Access Networks',
      'Network Automation',
      'Network Operations Centre',
      'Voice Platforms',
    ],
    roles: [
      r('Network Engineer', 5, ['ip-networking', 'routing-switching', 'bgp']),
      r('IP Core Engineer', 3, ['bgp', 'mpls', 'juniper-junos', 'segment-routing']),
      r('NOC Engineer', 3, ['noc-operations', 'network-monitoring', 'network-troubleshooting']),
      r('Transport Engineer', 2, ['dwdm', 'microwave-links', 'network-design']),
      r('Network Automation Engineer', 2, ['network-automation', 'python', 'ansible', 'netconf-yang']),
      r('Voice Engineer', 1, ['voip', 'ims', 'volte']),
      r('Network Architect', 1, ['network-design', 'mpls', 'ipv6'], false),
    ],
    span: [5, 9],
    domains: {
      network: 10,
      mobile: 1.5,
      fiber: 1.5,
      cloud: 2,
      security: 1.5,
      software: 1,
      'project-management': 1,
      general: 2.5,
    },
    cities: { 'Den Haag': 1.4, Amsterdam: 1.3, Zwolle: 0.6 },
    shifts: 0.12,
    responsibilities: [
      {
        nl: 'Beheer en doorontwikkeling van het backbone-netwerk',
        en: 'Running and evolving the backbone network',
      },
      {
        nl: 'Oplossen van verstoringen in de tweede en derde lijn',
        en: 'Resolving second and third line incidents',
      },
      { nl: 'Piketdienst voor het kernnetwerk', en: 'On-call duty for the core network' },
      {
        nl: 'Capaciteitsuitbreidingen voorbereiden',
        en: 'Preparing capacity upgrades',
        skill: 'capacity-planning',
      },
      {
        nl: 'Automatiseren van netwerkwijzigingen met Ansible',
        en: 'Automating network changes with Ansible',
        skill: 'ansible',
      },
      {
        nl: 'Peering-afspraken met andere providers',
        en: 'Peering agreements with other providers',
        skill: 'peering',
      },
    ],
  },
  {
    key: 'fiber-rollout',
    name: 'Fiber Rollout',
    division: 'technology',
    weight: 9,
    teams: [
      'Rollout Planning',
      'Network Design',
      'Contractor Management',
      'Permits & Civil Works',
      'Quality & As-built',
    ],
    roles: [
      r('Rollout Planner', 3, ['rollout-planning', 'ftth-rollout', 'gis-network-docs']),
      r('Fiber Network Designer', 3, ['fiber-network-design', 'fiber-optics', 'gis-network-docs']),
      r('Contractor Manager', 2, ['contractor-management', 'civil-works', 'ftth-rollout']),
      r('Project Manager Fiber', 2, ['ftth-rollout', 'project-management', 'stakeholder-management'], false),
      r('Permit Specialist', 1, ['permits', 'civil-works']),
      r('Fiber Quality Inspector', 1, ['as-built', 'fiber-optics', 'otdr']),
    ],
    span: [5, 9],
    domains: {
      fiber: 10,
      'project-management': 3,
      field: 2,
      network: 1.5,
      procurement: 1,
      general: 2.5,
      data: 0.5,
      legal: 0.3,
    },
    cities: { Utrecht: 1.4, Zwolle: 1.3, Groningen: 1.2, Eindhoven: 1.2 },
    shifts: 0,
    responsibilities: [
      {
        nl: 'Afstemming met gemeenten en woningcorporaties',
        en: 'Coordinating with municipalities and housing associations',
      },
      {
        nl: 'Bewaken van planning en budget van wijkprojecten',
        en: 'Tracking schedule and budget of neighbourhood projects',
      },
      {
        nl: 'Aansturen van aannemers in het veld',
        en: 'Directing contractors in the field',
        skill: 'contractor-management',
      },
      { nl: 'Aanvragen van graafvergunningen', en: 'Applying for excavation permits', skill: 'permits' },
      { nl: 'Opleverkwaliteit van nieuwe aansluitingen', en: 'Handover quality of new connections' },
    ],
  },
  {
    key: 'mobile-5g',
    name: 'Mobile & 5G',
    division: 'technology',
    weight: 7,
    teams: ['Radio Planning', 'RAN Engineering', 'Mobile Core', 'Site Acquisition', 'IoT & Private Networks'],
    roles: [
      r('RF Engineer', 3, ['rf-planning', 'ran', 'lte', '5g']),
      r('RAN Engineer', 3, ['ran', '5g', 'ericsson-ran', 'ran-optimisation']),
      r('Mobile Core Engineer', 2, ['mobile-core', '5g-core', 'volte']),
      r('Site Acquisition Specialist', 1, ['site-acquisition', 'permits', 'emf-compliance']),
      r('IoT Solution Engineer', 1, ['iot-connectivity', 'private-5g', 'sim-esim']),
      r('Drive Test Engineer', 1, ['drive-testing', 'rf-planning', 'lte']),
    ],
    span: [5, 9],
    domains: { mobile: 10, network: 3, cloud: 1, data: 1, field: 0.8, 'project-management': 1, general: 2.5 },
    cities: { 'Den Haag': 1.3, Eindhoven: 1.4 },
    shifts: 0.04,
    responsibilities: [
      {
        nl: 'Dekking en capaciteit van het mobiele netwerk',
        en: 'Coverage and capacity of the mobile network',
      },
      { nl: 'Nieuwe masten in gebruik nemen', en: 'Bringing new masts into service' },
      { nl: 'Uitfaseren van 3G-apparatuur', en: 'Decommissioning 3G equipment' },
      {
        nl: 'Frequentieveilingen voorbereiden',
        en: 'Preparing spectrum auctions',
        skill: 'spectrum-management',
      },
      { nl: 'Afstemming met leveranciers van radioapparatuur', en: 'Working with radio equipment vendors' },
    ],
  },
  {
    key: 'cloud-it',
    name: 'Cloud & IT',
    division: 'technology',
    weight: 10,
    teams: [
      'Cloud Platform',
      'Workplace Services',
      'Identity & Access',
      'Service Management',
      'Infrastructure Operations',
    ],
    roles: [
      r('Cloud Engineer', 3, ['microsoft-azure', 'terraform', 'kubernetes', 'ci-cd']),
      r('Platform Engineer', 2, ['kubernetes', 'docker', 'helm', 'gitops']),
      r('Systems Administrator', 3, ['linux', 'windows-server', 'vmware', 'powershell']),
      r('Workplace Engineer', 2, ['microsoft-365', 'intune', 'teams-admin', 'entra-id']),
      r('IT Service Manager', 1, ['itil', 'servicenow', 'service-desk']),
      r('Service Desk Analyst', 2, ['service-desk', 'microsoft-365', 'itil']),
      r('Site Reliability Engineer', 1, ['site-reliability', 'observability', 'kubernetes', 'linux']),
      r('Cloud Architect', 1, ['cloud-architecture', 'microsoft-azure', 'aws'], false),
    ],
    span: [5, 9],
    domains: {
      cloud: 10,
      software: 3,
      security: 2,
      data: 1,
      network: 1,
      'project-management': 1,
      general: 2.5,
    },
    cities: { Amsterdam: 1.3, Utrecht: 1.3 },
    shifts: 0.03,
    responsibilities: [
      { nl: 'Beschikbaarheid van interne IT-platformen', en: 'Availability of internal IT platforms' },
      { nl: 'Ondersteunen van collega’s met hun werkplek', en: 'Supporting colleagues with their workplace' },
      {
        nl: 'Migratie van applicaties naar de cloud',
        en: 'Migrating applications to the cloud',
        skill: 'microsoft-azure',
      },
      { nl: 'Wijzigingen via het change-proces', en: 'Changes through the change process', skill: 'itil' },
      { nl: 'Beheer van licenties en abonnementen', en: 'Managing licences and subscriptions' },
    ],
  },
  {
    key: 'security',
    name: 'Security',
    division: 'technology',
    weight: 4,
    teams: [
      'Security Operations Centre',
      'Identity & Access',
      'Governance, Risk & Compliance',
      'Offensive Security',
    ],
    roles: [
      r('Security Analyst', 3, ['security-operations', 'siem', 'incident-response']),
      r('Security Engineer', 2, ['firewalls', 'endpoint-security', 'cloud-security', 'zero-trust']),
      r('Penetration Tester', 1, ['penetration-testing', 'red-teaming', 'secure-coding']),
      r('Security Officer', 2, ['information-security', 'iso-27001', 'security-risk', 'nis2']),
      r('IAM Specialist', 1, ['iam', 'entra-id', 'pki']),
      r('Lawful Interception Engineer', 0.4, ['lawful-interception', 'mobile-core']),
      r('Security Architect', 1, ['security-architecture', 'zero-trust', 'cloud-security'], false),
    ],
    span: [5, 8],
    domains: { security: 10, cloud: 3, network: 2, software: 1, legal: 1, general: 2.5 },
    cities: { 'Den Haag': 1.6 },
    shifts: 0.1,
    responsibilities: [
      { nl: 'Afhandelen van beveiligingsincidenten', en: 'Handling security incidents' },
      { nl: 'Jaarlijkse risicoanalyses', en: 'Annual risk assessments', skill: 'security-risk' },
      {
        nl: 'Opvolgen van kwetsbaarheden',
        en: 'Following up on vulnerabilities',
        skill: 'vulnerability-management',
      },
      { nl: 'Bewustwordingsprogramma voor medewerkers', en: 'Awareness programme for employees' },
      {
        nl: 'Contact met toezichthouders over meldplicht',
        en: 'Liaising with regulators on breach notification',
      },
    ],
  },
  {
    key: 'data-analytics',
    name: 'Data & Analytics',
    division: 'technology',
    weight: 5,
    teams: ['Data Platform', 'BI & Reporting', 'Data Science', 'Data Governance'],
    roles: [
      r('Data Engineer', 3, ['data-engineering', 'sql', 'python', 'apache-spark', 'databricks']),
      r('Data Analyst', 3, ['data-analysis', 'sql', 'power-bi', 'excel']),
      r('BI Developer', 2, ['power-bi', 'data-modelling', 'data-warehousing', 'sql']),
      r('Data Scientist', 2, ['machine-learning', 'python', 'statistics', 'customer-analytics']),
      r('Machine Learning Engineer', 1, ['mlops', 'machine-learning', 'python', 'generative-ai']),
      r('Data Steward', 1, ['data-governance', 'data-quality']),
    ],
    span: [5, 9],
    domains: { data: 10, software: 3, cloud: 2, marketing: 0.5, 'customer-service': 0.3, general: 2.5 },
    cities: { Amsterdam: 1.5, Utrecht: 1.3 },
    shifts: 0,
    responsibilities: [
      { nl: 'Rapportages voor het management', en: 'Reporting for management' },
      { nl: 'Beheer van het centrale dataplatform', en: 'Running the central data platform' },
      { nl: 'Voorspellen van klantverloop', en: 'Predicting customer churn', skill: 'customer-analytics' },
      { nl: 'Afspraken over datadefinities', en: 'Agreements on data definitions', skill: 'data-governance' },
      { nl: 'Selfservice-analyse voor de business', en: 'Self-service analysis for the business' },
    ],
  },
  {
    key: 'product-digital',
    name: 'Product & Digital',
    division: 'technology',
    weight: 6,
    teams: [
      'Customer App',
      'Web Platform',
      'Integration & APIs',
      'BSS Transformation',
      'Quality Engineering',
    ],
    roles: [
      r('Software Developer', 4, ['java', 'spring-boot', 'rest-apis', 'git']),
      r('Front-end Developer', 2, ['typescript', 'react', 'javascript', 'accessibility']),
      r('Back-end Developer', 2, ['csharp', 'dotnet', 'rest-apis', 'microservices']),
      r('Mobile Developer', 1, ['android', 'ios', 'kotlin']),
      r('Test Automation Engineer', 1, ['test-automation', 'ci-cd', 'performance-testing']),
      r('Integration Developer', 1, ['api-management', 'kafka', 'rest-apis', 'tm-forum']),
      r('UX Designer', 1, ['ux-design', 'ui-design', 'accessibility']),
      r('Product Owner', 1, ['product-ownership', 'scrum', 'stakeholder-management'], false),
      r(
        'Software Architect',
        0.5,
        ['software-architecture', 'microservices', 'event-driven', 'bss-oss'],
        false,
      ),
    ],
    span: [5, 9],
    domains: { software: 10, cloud: 3, 'project-management': 2, data: 1.5, marketing: 1, general: 2.5 },
    cities: { Amsterdam: 1.6, Eindhoven: 1.2 },
    shifts: 0,
    responsibilities: [
      { nl: 'Doorontwikkeling van de klantapp', en: 'Evolving the customer app' },
      { nl: 'Code reviews binnen het team', en: 'Code reviews within the team' },
      {
        nl: 'Koppelingen met het billingsysteem',
        en: 'Integrations with the billing platform',
        skill: 'bss-oss',
      },
      { nl: 'Releases naar productie', en: 'Releases to production', skill: 'ci-cd' },
      { nl: 'Backlog en sprintplanning', en: 'Backlog and sprint planning', skill: 'scrum' },
    ],
  },
  {
    key: 'field-operations',
    name: 'Field Operations',
    division: 'operations',
    weight: 8,
    teams: [
      'Installatie Noord',
      'Installatie Midden',
      'Installatie Zuid',
      'Storingsdienst',
      'Netwerkonderhoud',
    ],
    roles: [
      r('Servicemonteur', 5, ['field-service', 'home-installation', 'fault-diagnosis', 'tv-installation']),
      r('Glasvezelmonteur', 4, ['fiber-installation', 'fiber-splicing', 'fiber-optics', 'vca']),
      r('Storingsmonteur', 2, ['fault-diagnosis', 'copper-networks', 'cabinet-maintenance']),
      r('Antenna Technician', 1, ['working-at-height', 'antenna-systems', 'vca']),
      r('Datacenter Technician', 1, ['datacenter-operations', 'power-cooling', 'electrical-safety']),
      r('Werkvoorbereider', 1, ['work-preparation', 'field-service']),
    ],
    span: [8, 14],
    domains: { field: 10, fiber: 4, 'customer-service': 2, network: 1, mobile: 1, general: 2 },
    cities: { Groningen: 1.4, Zwolle: 1.4, Maastricht: 1.5, Eindhoven: 1.3, Arnhem: 1.4, Amsterdam: 0.7 },
    shifts: 0.1,
    dutchTitles: true,
    responsibilities: [
      {
        nl: 'Installaties en reparaties bij klanten thuis',
        en: 'Installations and repairs at customers’ homes',
      },
      { nl: 'Storingen in de wijk verhelpen', en: 'Fixing faults in the neighbourhood' },
      { nl: 'Veilig werken volgens VCA', en: 'Working safely under VCA rules', skill: 'vca' },
      { nl: 'Uitleg aan klanten over hun nieuwe aansluiting', en: 'Explaining new connections to customers' },
      { nl: 'Materiaalbeheer in de bus', en: 'Keeping the van’s stock up to date' },
    ],
  },
  {
    key: 'sales-business',
    name: 'Sales Business',
    division: 'commercial',
    weight: 7,
    teams: ['Enterprise Accounts', 'SME Sales', 'Public Sector', 'Partners & Wholesale', 'Bid Management'],
    roles: [
      r('Account Manager', 4, ['account-management', 'b2b-sales', 'negotiation', 'salesforce-crm']),
      r('Inside Sales Representative', 2, ['lead-generation', 'telesales', 'salesforce-crm']),
      r('Bid Manager', 1, ['tenders', 'project-management', 'business-case']),
      r('Partner Manager', 1, ['partner-management', 'negotiation']),
      r(
        'Solution Architect',
        1,
        ['business-connectivity', 'unified-communications', 'solution-selling'],
        false,
      ),
      r(
        'Key Account Manager',
        1,
        ['account-management', 'stakeholder-management', 'solution-selling'],
        false,
      ),
    ],
    span: [5, 9],
    domains: {
      sales: 10,
      marketing: 1.5,
      network: 1,
      cloud: 1,
      'project-management': 1,
      legal: 0.5,
      general: 3,
    },
    cities: { Amsterdam: 1.3, Rotterdam: 1.3, Utrecht: 1.2 },
    shifts: 0,
    responsibilities: [
      { nl: 'Portefeuille van zakelijke klanten', en: 'Portfolio of business customers' },
      { nl: 'Halen van de kwartaaltargets', en: 'Meeting quarterly targets' },
      { nl: 'Opstellen van offertes', en: 'Writing proposals' },
      { nl: 'Inschrijven op aanbestedingen', en: 'Responding to public tenders', skill: 'tenders' },
      {
        nl: 'Relatiebeheer met C-level klanten',
        en: 'Relationships with C-level customers',
        skill: 'account-management',
      },
    ],
  },
  {
    key: 'sales-consumer',
    name: 'Sales Consumer',
    division: 'commercial',
    weight: 6,
    teams: ['Retail Stores', 'Online Sales', 'Telesales', 'Fiber Door-to-Door'],
    roles: [
      r('Retail Sales Advisor', 4, ['consumer-sales', 'retail-store', 'upselling']),
      r('Telesales Agent', 2, ['telesales', 'consumer-sales', 'upselling']),
      r('Fiber Sales Advisor', 2, ['door-to-door', 'consumer-sales', 'fiber-optics']),
      r('Online Sales Specialist', 1, ['digital-marketing', 'consumer-sales', 'ab-testing']),
      r('Pricing Analyst', 0.5, ['pricing', 'data-analysis', 'excel']),
    ],
    span: [7, 12],
    domains: { sales: 10, 'customer-service': 3, marketing: 2, general: 3 },
    cities: { Rotterdam: 1.3, Amsterdam: 1.2, Maastricht: 1.2, Groningen: 1.2 },
    shifts: 0.2,
    responsibilities: [
      { nl: 'Advies aan klanten in de winkel', en: 'Advising customers in store' },
      { nl: 'Verkoop van internet, tv en mobiel', en: 'Selling internet, TV and mobile' },
      { nl: 'Halen van de weektargets', en: 'Meeting weekly targets' },
      {
        nl: 'Klanten werven in nieuwe aansluitgebieden',
        en: 'Signing up customers in newly connected neighbourhoods',
        skill: 'door-to-door',
      },
      { nl: 'Prijsacties voorbereiden', en: 'Preparing price promotions', skill: 'pricing' },
    ],
  },
  {
    key: 'customer-service',
    name: 'Customer Service',
    division: 'operations',
    weight: 13,
    teams: [
      'Klantcontact Consument',
      'Klantcontact Zakelijk',
      'Technische Helpdesk',
      'Webcare',
      'Klachtenmanagement',
      'Retentie',
    ],
    roles: [
      r('Klantadviseur', 6, ['customer-service', 'billing-support', 'customer-focus', 'genesys']),
      r('Technisch Helpdeskmedewerker', 3, ['technical-support', 'customer-service', 'fault-diagnosis']),
      r('Webcare Specialist', 1, ['webcare', 'customer-service', 'social-media-marketing']),
      r('Klachtbehandelaar', 1, ['complaint-handling', 'de-escalation', 'customer-service']),
      r('Retentiespecialist', 1, ['customer-retention', 'negotiation', 'customer-service']),
      r('Workforce Planner', 0.5, ['workforce-management', 'excel', 'forecasting']),
      r('Quality Coach', 0.5, ['quality-monitoring', 'coaching', 'customer-experience']),
    ],
    span: [10, 16],
    domains: { 'customer-service': 10, sales: 2, general: 3, field: 1, fiber: 0.5, software: 0.3 },
    cities: { Groningen: 1.8, Zwolle: 1.7, Maastricht: 1.6, Rotterdam: 1.2, Amsterdam: 0.5, 'Den Haag': 0.7 },
    shifts: 0.25,
    dutchTitles: true,
    responsibilities: [
      {
        nl: 'Beantwoorden van klantvragen via telefoon en chat',
        en: 'Answering customer questions by phone and chat',
      },
      { nl: 'Eerste hulp bij storingen', en: 'First help with outages' },
      { nl: 'Vragen over facturen afhandelen', en: 'Handling invoice questions', skill: 'billing-support' },
      {
        nl: 'Escalaties van ontevreden klanten',
        en: 'Escalations from unhappy customers',
        skill: 'complaint-handling',
      },
      { nl: 'Inwerken van nieuwe collega’s', en: 'Onboarding new colleagues', skill: 'onboarding' },
    ],
  },
  {
    key: 'marketing',
    name: 'Marketing',
    division: 'commercial',
    weight: 4,
    teams: ['Brand & Campaigns', 'Digital Marketing', 'Market Intelligence', 'Product Marketing'],
    roles: [
      r('Marketing Specialist', 3, ['campaign-management', 'digital-marketing', 'content-marketing']),
      r('SEO/SEA Specialist', 1, ['seo', 'sea', 'google-analytics']),
      r('Content Marketeer', 2, ['content-marketing', 'copywriting', 'social-media-marketing']),
      r('Market Researcher', 1, ['market-research', 'statistics', 'customer-analytics']),
      r('Marketing Automation Specialist', 1, ['marketing-automation', 'crm-marketing', 'ab-testing']),
      r('Brand Manager', 1, ['brand-management', 'campaign-management', 'marketing-strategy'], false),
      r('Product Marketing Manager', 1, ['product-marketing', 'marketing-strategy', 'pricing'], false),
    ],
    span: [5, 8],
    domains: { marketing: 10, data: 2, sales: 1.5, communications: 1.5, general: 3 },
    cities: { Amsterdam: 1.8 },
    shifts: 0,
    responsibilities: [
      {
        nl: 'Campagnes voor de consumentenmarkt',
        en: 'Campaigns for the consumer market',
        skill: 'campaign-management',
      },
      { nl: 'Bewaken van de merkrichtlijnen', en: 'Guarding the brand guidelines' },
      {
        nl: 'Sponsorcontracten met sportclubs',
        en: 'Sponsorship deals with sports clubs',
        skill: 'sponsorship',
      },
      { nl: 'Marktaandeel en concurrentie volgen', en: 'Tracking market share and competitors' },
    ],
  },
  {
    key: 'hr',
    name: 'HR',
    division: 'people',
    weight: 3,
    teams: ['HR Advisory', 'Recruitment', 'Learning & Development', 'HR Services'],
    roles: [
      r('HR Advisor', 3, ['hr-advisory', 'labour-law', 'absence-management']),
      r('Recruiter', 2, ['recruitment', 'employer-branding', 'onboarding']),
      r('Learning & Development Specialist', 1, [
        'learning-development',
        'coaching',
        'workshop-facilitation',
      ]),
      r('Payroll Specialist', 1, ['payroll', 'collective-agreements', 'excel']),
      r('Compensation & Benefits Specialist', 0.5, [
        'compensation-benefits',
        'collective-agreements',
        'hr-analytics',
      ]),
      r(
        'HR Business Partner',
        1,
        ['hr-advisory', 'org-development', 'change-management', 'talent-management'],
        false,
      ),
    ],
    span: [5, 8],
    domains: { hr: 10, general: 3, legal: 1, communications: 1, data: 0.5 },
    cities: { 'Den Haag': 1.5, Utrecht: 1.2 },
    shifts: 0,
    responsibilities: [
      { nl: 'Advies aan managers', en: 'Advising managers' },
      {
        nl: 'Vacatures invullen voor de techniek',
        en: 'Filling engineering vacancies',
        skill: 'recruitment',
      },
      {
        nl: 'Begeleiding bij langdurig verzuim',
        en: 'Supporting long-term absence cases',
        skill: 'absence-management',
      },
      { nl: 'Overleg met de ondernemingsraad', en: 'Consulting the works council', skill: 'works-council' },
      { nl: 'Opleidingsaanbod voor medewerkers', en: 'Learning offer for employees' },
    ],
  },
  {
    key: 'finance',
    name: 'Finance',
    division: 'finance',
    weight: 4,
    teams: ['Control', 'Accounting', 'FP&A', 'Treasury & Tax'],
    roles: [
      r('Financial Controller', 2, ['financial-control', 'budgeting', 'financial-reporting', 'excel']),
      r('Business Controller', 2, ['financial-control', 'business-case', 'fpa']),
      r('Accountant', 2, ['accounting', 'financial-reporting', 'sap-fico']),
      r('FP&A Analyst', 1, ['fpa', 'financial-modelling', 'excel']),
      r('Accounts Payable Specialist', 1, ['accounts-payable', 'sap-fico']),
      r('Credit Controller', 1, ['accounts-receivable', 'customer-focus']),
      r('Tax Specialist', 0.5, ['tax', 'financial-reporting']),
      r('Treasury Analyst', 0.3, ['treasury', 'financial-modelling']),
      r('Internal Auditor', 0.5, ['audit', 'risk-management']),
    ],
    span: [5, 8],
    domains: { finance: 10, general: 3, data: 1.5, procurement: 1, legal: 0.5 },
    cities: { 'Den Haag': 1.6, Rotterdam: 1.2 },
    shifts: 0,
    responsibilities: [
      { nl: 'Maand- en kwartaalafsluiting', en: 'Month and quarter close' },
      { nl: 'Begroting van de afdelingen', en: 'Departmental budgets', skill: 'budgeting' },
      {
        nl: 'Investeringsaanvragen beoordelen',
        en: 'Reviewing investment requests',
        skill: 'capex-management',
      },
      { nl: 'Contact met de externe accountant', en: 'Working with the external auditor' },
    ],
  },
  {
    key: 'legal',
    name: 'Legal',
    division: 'finance',
    weight: 1.5,
    teams: ['Commercial Legal', 'Regulatory Affairs', 'Privacy & Compliance'],
    roles: [
      r('Legal Counsel', 3, ['contract-law', 'corporate-law', 'contract-management']),
      r('Regulatory Counsel', 1, ['telecom-regulation', 'competition-law']),
      r('Privacy Officer', 1, ['gdpr', 'dpia', 'data-protection-officer']),
      r('Compliance Officer', 1, ['compliance', 'risk-management']),
      r('Litigation Lawyer', 0.5, ['litigation', 'consumer-law']),
      r('Paralegal', 1, ['contract-management', 'contract-law']),
    ],
    span: [4, 7],
    domains: { legal: 10, general: 2, finance: 0.5, hr: 0.5, security: 0.5 },
    cities: { 'Den Haag': 2 },
    shifts: 0,
    responsibilities: [
      { nl: 'Beoordelen van leverancierscontracten', en: 'Reviewing supplier contracts' },
      {
        nl: 'Advies over toezicht door de ACM',
        en: 'Advice on oversight by the ACM',
        skill: 'telecom-regulation',
      },
      { nl: 'Afhandelen van privacyverzoeken', en: 'Handling privacy requests', skill: 'gdpr' },
      { nl: 'Juridische ondersteuning van de business', en: 'Legal support to the business' },
    ],
  },
  {
    key: 'communications',
    name: 'Communications',
    division: 'people',
    weight: 1.5,
    teams: ['Internal Communications', 'Corporate Communications', 'Public Affairs'],
    roles: [
      r('Communications Advisor', 3, ['internal-communications', 'business-writing', 'storytelling']),
      r('Press Officer', 1, ['media-relations', 'crisis-communication']),
      r('Content Editor', 1, ['editing', 'copywriting', 'intranet']),
      r('Community Manager', 1, ['community-management', 'intranet']),
      r('Event Manager', 1, ['event-management', 'project-management']),
      r('Public Affairs Advisor', 0.5, ['public-affairs', 'telecom-regulation'], false),
    ],
    span: [4, 7],
    domains: { communications: 10, marketing: 3, general: 3 },
    cities: { 'Den Haag': 1.6, Amsterdam: 1.3 },
    shifts: 0,
    responsibilities: [
      { nl: 'Berichten op het interne platform', en: 'Posts on the internal platform' },
      {
        nl: 'Voorbereiden van het jaarlijkse bedrijfsfeest',
        en: 'Preparing the annual company party',
        skill: 'event-management',
      },
      {
        nl: 'Vragen van journalisten beantwoorden',
        en: 'Answering questions from journalists',
        skill: 'media-relations',
      },
      {
        nl: 'Berichtgeving bij grote storingen',
        en: 'Messaging during major outages',
        skill: 'crisis-communication',
      },
    ],
  },
  {
    key: 'procurement',
    name: 'Procurement',
    division: 'operations',
    weight: 1.5,
    teams: ['Network Procurement', 'IT & Services Procurement', 'Supply Chain'],
    roles: [
      r('Buyer', 3, ['procurement', 'negotiation', 'vendor-management']),
      r('Category Manager', 1, ['category-management', 'procurement', 'spend-analysis'], false),
      r('Contract Manager', 1, ['contract-management', 'vendor-management']),
      r('Supply Chain Planner', 1, ['supply-chain', 'inventory-management', 'excel']),
      r('Warehouse Coordinator', 1, ['inventory-management', 'supply-chain']),
    ],
    span: [5, 8],
    domains: { procurement: 10, finance: 2, legal: 1.5, fiber: 0.5, general: 2 },
    cities: { Utrecht: 1.4, Zwolle: 1.3 },
    shifts: 0,
    responsibilities: [
      { nl: 'Inkoop van netwerkapparatuur', en: 'Buying network equipment', skill: 'procurement' },
      { nl: 'Leveranciersbeoordelingen', en: 'Supplier reviews', skill: 'vendor-management' },
      {
        nl: 'Voorraad van netwerkmateriaal',
        en: 'Stock of network materials',
        skill: 'inventory-management',
      },
      { nl: 'Europese aanbestedingsprocedures', en: 'EU tender procedures', skill: 'procurement-law' },
    ],
  },
];

/** Extra duties of people who lead others; "{n}" becomes the number of direct reports. */
export const MANAGER_RESPONSIBILITIES: readonly ResponsibilitySpec[] = [
  {
    nl: 'Leidinggeven aan een team van {n} collega’s',
    en: 'Leading a team of {n} colleagues',
    skill: 'people-management',
  },
  { nl: 'Budget en formatie van het team', en: 'Team budget and headcount' },
  { nl: 'Ontwikkelgesprekken met teamleden', en: 'Development conversations with team members' },
  { nl: 'Afdelingsstrategie en jaarplan', en: 'Department strategy and annual plan', skill: 'strategy' },
];

/** Duties of the CEO, who leads the board. */
export const CEO_RESPONSIBILITIES: readonly ResponsibilitySpec[] = [
  { nl: 'Strategie en resultaten van Samen Dev', en: 'Strategy and results of Samen Dev', skill: 'strategy' },
  { nl: 'Voorzitter van de Raad van Bestuur', en: 'Chair of the Executive Board' },
  { nl: 'Contact met aandeelhouders en toezichthouders', en: 'Relations with shareholders and regulators' },
];

/** Duties of the executives, who sit between the CEO and the departments. */
export const BOARD_RESPONSIBILITIES: readonly ResponsibilitySpec[] = [
  {
    nl: 'Strategie en resultaten van de divisie',
    en: 'Strategy and results of the division',
    skill: 'strategy',
  },
  { nl: 'Lid van de Raad van Bestuur', en: 'Member of the Executive Board' },
  { nl: 'Contact met aandeelhouders en toezichthouders', en: 'Relations with shareholders and regulators' },
];
