import type { SkillDomainRows } from './skill-rows';

// Skills found in every department (office tools, ways of working, leadership) and spoken languages.

export const GENERAL: SkillDomainRows = {
  domain: 'general',
  rows: [
    ['excel', 'Microsoft Excel', 'Microsoft Excel', 'Excel', 'spreadsheets'],
    ['presenting', 'Presenting', 'Presenteren', 'presentation skills', 'presentatievaardigheden'],
    [
      'problem-solving',
      'Problem solving',
      'Probleemoplossend vermogen',
      'analytical thinking',
      'analytisch denken',
    ],
    ['customer-focus', 'Customer focus', 'Klantgerichtheid', 'klantgericht werken'],
    ['teamwork', 'Teamwork', 'Samenwerken', 'collaboration'],
    ['communication-skills', 'Communication skills', 'Communicatieve vaardigheden', 'communicatie'],
    ['powerpoint', 'Microsoft PowerPoint', 'Microsoft PowerPoint', 'PowerPoint'],
    ['people-management', 'People management', 'Leidinggeven', 'team leadership', 'teamleiding'],
    ['leadership', 'Leadership', 'Leiderschap', 'leiderschapsontwikkeling'],
    ['mentoring', 'Mentoring', 'Mentoring', 'mentorschap'],
    ['workshop-facilitation', 'Workshop facilitation', 'Workshops faciliteren', 'facilitation'],
    ['business-writing', 'Business writing', 'Zakelijk schrijven', 'report writing'],
    ['strategy', 'Strategy development', 'Strategieontwikkeling', 'strategic planning', 'strategie'],
    ['innovation', 'Innovation management', 'Innovatiemanagement', 'innovatie'],
    ['sustainability', 'Sustainability', 'Duurzaamheid', 'ESG', 'CSRD'],
    ['time-management', 'Time management', 'Timemanagement', 'prioritising'],
    ['bhv', 'Company emergency response', 'BHV', 'bedrijfshulpverlening'],
    ['first-aid', 'First aid', 'EHBO', 'first responder'],
  ],
};

export const PROJECT_MANAGEMENT: SkillDomainRows = {
  domain: 'project-management',
  rows: [
    ['project-management', 'Project management', 'Projectmanagement', 'projectleiding'],
    ['agile', 'Agile', 'Agile', 'agile working', 'agile werken'],
    ['scrum', 'Scrum', 'Scrum', 'Scrum Master', 'PSM'],
    ['stakeholder-management', 'Stakeholder management', 'Stakeholdermanagement', 'stakeholders'],
    ['change-management', 'Change management', 'Verandermanagement', 'organisational change'],
    ['prince2', 'PRINCE2', 'PRINCE2', 'Prince 2'],
    ['jira', 'Jira', 'Jira', 'Atlassian Jira'],
    ['business-analysis', 'Business analysis', 'Bedrijfsanalyse', 'requirements analysis'],
    ['risk-management', 'Risk management', 'Risicomanagement', 'risicobeheer'],
    ['kanban', 'Kanban', 'Kanban', 'kanban board'],
    ['process-improvement', 'Process improvement', 'Procesverbetering', 'procesoptimalisatie', 'BPMN'],
    ['safe', 'SAFe', 'SAFe', 'Scaled Agile', 'scaled agile framework'],
    ['lean-six-sigma', 'Lean Six Sigma', 'Lean Six Sigma', 'Lean', 'Six Sigma', 'Green Belt'],
    ['programme-management', 'Programme management', 'Programmamanagement', 'program management', 'MSP'],
    ['product-ownership', 'Product ownership', 'Product owner', 'backlog management'],
    ['ms-project', 'Microsoft Project', 'Microsoft Project', 'MS Project'],
    ['pmp', 'PMP', 'PMP', 'PMBOK'],
    ['portfolio-management', 'Portfolio management', 'Portfoliomanagement', 'PPM'],
    ['okr', 'OKRs', "OKR's", 'objectives and key results'],
    ['design-thinking', 'Design thinking', 'Design thinking', 'service design'],
  ],
};

export const LANGUAGES: SkillDomainRows = {
  domain: 'languages',
  rows: [
    ['english', 'English', 'Engels', 'business English'],
    ['dutch', 'Dutch', 'Nederlands', 'Dutch language'],
    ['german', 'German', 'Duits', 'Deutsch'],
    ['french', 'French', 'Frans', 'Français'],
    ['spanish', 'Spanish', 'Spaans', 'Español'],
    ['turkish', 'Turkish', 'Turks', 'Türkçe'],
    ['arabic', 'Arabic', 'Arabisch', 'Modern Standard Arabic'],
    ['tamazight', 'Tamazight', 'Tamazight', 'Berber', 'Tarifit'],
    ['polish', 'Polish', 'Pools', 'polski'],
    ['hindi', 'Hindi', 'Hindi', 'Sarnami'],
    ['tamil', 'Tamil', 'Tamil', 'Tamil language'],
    ['sranantongo', 'Sranan Tongo', 'Sranantongo', 'Sranan'],
    ['papiamento', 'Papiamento', 'Papiaments', 'Papiamentu'],
    ['mandarin', 'Mandarin Chinese', 'Mandarijn', 'Mandarin', 'Chinese'],
    ['italian', 'Italian', 'Italiaans', 'Italiano'],
    ['portuguese', 'Portuguese', 'Portugees', 'Português'],
    ['sign-language', 'Dutch Sign Language', 'Nederlandse Gebarentaal', 'NGT'],
  ],
};
