import type { SkillDomainRows } from './skill-rows';

// Commercial and corporate skills. Same rules as skills-technology.ts: popularity order, unique spellings.

export const SALES: SkillDomainRows = {
  domain: 'sales',
  rows: [
    ['b2b-sales', 'B2B sales', 'Zakelijke verkoop', 'business sales', 'B2B'],
    ['account-management', 'Account management', 'Accountmanagement', 'key account management'],
    ['consumer-sales', 'Consumer sales', 'Consumentenverkoop', 'B2C sales', 'retail sales'],
    ['negotiation', 'Negotiation', 'Onderhandelen', 'onderhandelingsvaardigheden'],
    ['salesforce-crm', 'Salesforce CRM', 'Salesforce CRM', 'Salesforce', 'CRM'],
    ['solution-selling', 'Solution selling', 'Oplossingsgericht verkopen', 'consultative selling'],
    ['upselling', 'Upselling and cross-selling', 'Up- en cross-selling', 'upsell', 'cross-sell'],
    ['lead-generation', 'Lead generation', 'Leadgeneratie', 'prospecting', 'acquisitie'],
    ['tenders', 'Tender management', 'Aanbestedingen', 'tenders', 'RFP', 'bid management'],
    ['partner-management', 'Partner management', 'Partnermanagement', 'channel management'],
    ['telesales', 'Telesales', 'Telefonische verkoop', 'outbound calling'],
    ['retail-store', 'Retail store operations', 'Winkelmanagement', 'shop floor management'],
    ['door-to-door', 'Door-to-door sales', 'Deur-aan-deurverkoop', 'D2D'],
    [
      'business-connectivity',
      'Business connectivity solutions',
      'Zakelijke connectiviteit',
      'managed connectivity',
    ],
    ['pricing', 'Pricing', 'Prijsstrategie', 'price management'],
    [
      'unified-communications',
      'Unified communications',
      'Unified communications',
      'UC',
      'Teams Direct Routing',
    ],
    ['sales-forecasting', 'Sales forecasting', 'Salesprognoses', 'pipeline management'],
  ],
};

export const CUSTOMER_SERVICE: SkillDomainRows = {
  domain: 'customer-service',
  rows: [
    ['customer-service', 'Customer service', 'Klantenservice', 'customer support', 'klantcontact'],
    ['complaint-handling', 'Complaint handling', 'Klachtafhandeling', 'klachtenbehandeling'],
    [
      'technical-support',
      'Technical support',
      'Technische ondersteuning',
      'tech support',
      'tweedelijns support',
    ],
    ['customer-experience', 'Customer experience', 'Klantbeleving', 'CX'],
    ['billing-support', 'Billing support', 'Facturatievragen', 'billing inquiries'],
    ['webcare', 'Chat and social care', 'Webcare', 'social customer care', 'live chat support'],
    ['de-escalation', 'De-escalation', 'De-escalatie', 'conflicthantering'],
    ['customer-retention', 'Customer retention', 'Klantbehoud', 'retentie', 'churn prevention'],
    ['nps', 'Net Promoter Score', 'Net Promoter Score', 'NPS'],
    ['workforce-management', 'Workforce management', 'Personeelsplanning', 'WFM', 'contact center planning'],
    ['genesys', 'Genesys Cloud', 'Genesys Cloud', 'Genesys'],
    ['quality-monitoring', 'Call quality monitoring', 'Gesprekskwaliteit monitoren', 'QA coaching'],
    ['knowledge-management', 'Knowledge management', 'Kennisbeheer', 'knowledge base'],
    ['zendesk', 'Zendesk', 'Zendesk'],
  ],
};

export const MARKETING: SkillDomainRows = {
  domain: 'marketing',
  rows: [
    ['digital-marketing', 'Digital marketing', 'Online marketing', 'digitale marketing', 'e-marketing'],
    ['campaign-management', 'Campaign management', 'Campagnemanagement', 'campagnes'],
    ['content-marketing', 'Content marketing', 'Contentmarketing', 'content creation'],
    ['social-media-marketing', 'Social media marketing', 'Socialemediamarketing', 'social media'],
    ['seo', 'SEO', 'Zoekmachineoptimalisatie', 'search engine optimisation'],
    ['brand-management', 'Brand management', 'Merkmanagement', 'branding'],
    ['market-research', 'Market research', 'Marktonderzoek', 'consumer insights'],
    ['sea', 'Search engine advertising', 'Zoekmachineadverteren', 'SEA', 'Google Ads'],
    ['google-analytics', 'Google Analytics', 'Google Analytics', 'GA4', 'web analytics'],
    ['marketing-strategy', 'Marketing strategy', 'Marketingstrategie', 'marketing planning'],
    ['product-marketing', 'Product marketing', 'Productmarketing', 'go-to-market', 'GTM'],
    ['marketing-automation', 'Marketing automation', 'Marketingautomatisering', 'HubSpot', 'Marketo'],
    ['crm-marketing', 'CRM marketing', 'CRM-marketing', 'e-mail marketing', 'email marketing'],
    ['copywriting', 'Copywriting', 'Copywriting', 'tekstschrijven'],
    ['customer-journey', 'Customer journey mapping', 'Customer journey mapping', 'customer journeys'],
    ['graphic-design', 'Graphic design', 'Grafisch ontwerp', 'Adobe Creative Suite', 'Photoshop', 'InDesign'],
    ['video-production', 'Video production', 'Videoproductie', 'video editing', 'Premiere Pro'],
    ['growth-marketing', 'Growth marketing', 'Growth marketing', 'growth hacking'],
    ['sponsorship', 'Sponsorship', 'Sponsoring', 'event sponsoring'],
    ['affiliate-marketing', 'Affiliate marketing', 'Affiliate marketing', 'affiliates'],
  ],
};

export const HR: SkillDomainRows = {
  domain: 'hr',
  rows: [
    ['recruitment', 'Recruitment', 'Werving en selectie', 'recruiting', 'talent acquisition', 'W&S'],
    ['hr-advisory', 'HR advisory', 'HR-advies', 'HR business partnering', 'HRBP'],
    ['learning-development', 'Learning and development', 'Leren en ontwikkelen', 'L&D', 'training'],
    ['labour-law', 'Dutch labour law', 'Arbeidsrecht', 'employment law'],
    [
      'absence-management',
      'Absence management',
      'Verzuimbegeleiding',
      'verzuim',
      'Wet verbetering poortwachter',
    ],
    ['performance-management', 'Performance management', 'Performancemanagement', 'gesprekscyclus'],
    ['payroll', 'Payroll administration', 'Salarisadministratie', 'payroll', 'AFAS'],
    ['collective-agreements', 'Collective labour agreements', 'Cao', 'collective bargaining', 'cao-overleg'],
    ['talent-management', 'Talent management', 'Talentmanagement', 'succession planning'],
    ['coaching', 'Coaching', 'Coaching', 'loopbaancoaching', 'career coaching'],
    ['onboarding', 'Onboarding', 'Onboarding', 'inwerken'],
    ['org-development', 'Organisational development', 'Organisatieontwikkeling', 'OD'],
    ['compensation-benefits', 'Compensation and benefits', 'Beloningsbeleid', 'C&B', 'reward'],
    ['diversity-inclusion', 'Diversity and inclusion', 'Diversiteit en inclusie', 'D&I', 'DEI'],
    ['employer-branding', 'Employer branding', 'Employer branding', 'arbeidsmarktcommunicatie'],
    ['workday', 'Workday HCM', 'Workday HCM', 'Workday'],
    ['works-council', 'Works council relations', 'Ondernemingsraad', 'medezeggenschap'],
    ['hr-analytics', 'HR analytics', 'HR-analytics', 'people analytics'],
  ],
};

export const FINANCE: SkillDomainRows = {
  domain: 'finance',
  rows: [
    ['financial-control', 'Financial control', 'Financial control', 'controlling', 'business control'],
    ['budgeting', 'Budgeting', 'Budgettering', 'budgetbeheer'],
    ['financial-reporting', 'Financial reporting', 'Financiële verslaggeving', 'IFRS'],
    ['accounting', 'Accounting', 'Boekhouden', 'bookkeeping'],
    ['sap-fico', 'SAP FI/CO', 'SAP FI/CO', 'SAP', 'S/4HANA'],
    ['fpa', 'Financial planning and analysis', 'Financiële planning en analyse', 'FP&A'],
    ['business-case', 'Business case development', 'Businesscases opstellen', 'business cases'],
    ['financial-modelling', 'Financial modelling', 'Financieel modelleren', 'financial models'],
    ['accounts-payable', 'Accounts payable', 'Crediteurenadministratie', 'crediteurenbeheer'],
    ['accounts-receivable', 'Accounts receivable', 'Debiteurenbeheer', 'credit management', 'incasso'],
    ['tax', 'Tax', 'Fiscaliteit', 'tax compliance', 'btw', 'VAT'],
    ['audit', 'Auditing', 'Audit', 'internal audit', 'interne audit', 'SOX'],
    ['treasury', 'Treasury', 'Treasury', 'cash management'],
    ['capex-management', 'CAPEX management', 'Investeringsbeheer', 'capex planning'],
    ['cost-accounting', 'Cost accounting', 'Kostprijsberekening', 'cost allocation'],
    ['regulatory-reporting', 'Regulatory reporting', 'Toezichtsrapportages', 'ACM reporting'],
    ['mergers-acquisitions', 'Mergers and acquisitions', 'Fusies en overnames', 'M&A'],
  ],
};

export const LEGAL: SkillDomainRows = {
  domain: 'legal',
  rows: [
    ['contract-law', 'Contract law', 'Contractenrecht', 'contracting'],
    ['gdpr', 'GDPR', 'AVG', 'privacy law', 'data protection', 'GDPR compliance'],
    ['compliance', 'Compliance', 'Compliance', 'regulatory compliance'],
    ['telecom-regulation', 'Telecom regulation', 'Telecomregelgeving', 'Telecommunicatiewet'],
    ['contract-management', 'Contract management', 'Contractbeheer', 'CLM'],
    ['competition-law', 'Competition law', 'Mededingingsrecht', 'antitrust'],
    ['corporate-law', 'Corporate law', 'Ondernemingsrecht', 'vennootschapsrecht'],
    ['consumer-law', 'Consumer law', 'Consumentenrecht', 'consumer protection'],
    ['litigation', 'Litigation', 'Procesvoering', 'procederen'],
    ['dpia', 'Privacy impact assessments', "DPIA's", 'DPIA'],
    ['data-protection-officer', 'Data protection officer', 'Functionaris gegevensbescherming', 'DPO'],
    ['intellectual-property', 'Intellectual property', 'Intellectueel eigendom', 'IP law', 'trademarks'],
    ['procurement-law', 'Procurement law', 'Aanbestedingsrecht', 'public procurement law'],
  ],
};

export const PROCUREMENT: SkillDomainRows = {
  domain: 'procurement',
  rows: [
    ['procurement', 'Procurement', 'Inkoop', 'purchasing', 'sourcing'],
    ['vendor-management', 'Vendor management', 'Leveranciersmanagement', 'supplier management'],
    ['supply-chain', 'Supply chain management', 'Ketenbeheer', 'supply chain', 'logistics', 'logistiek'],
    ['category-management', 'Category management', 'Categoriemanagement', 'category strategy'],
    ['inventory-management', 'Inventory management', 'Voorraadbeheer', 'warehousing', 'magazijnbeheer'],
    ['spend-analysis', 'Spend analysis', 'Spendanalyse', 'spend cube'],
    ['sustainable-procurement', 'Sustainable procurement', 'Duurzaam inkopen', 'MVI'],
  ],
};

export const COMMUNICATIONS: SkillDomainRows = {
  domain: 'communications',
  rows: [
    ['internal-communications', 'Internal communications', 'Interne communicatie', 'internal comms'],
    [
      'corporate-communications',
      'Corporate communications',
      'Corporate communicatie',
      'PR',
      'public relations',
    ],
    ['storytelling', 'Storytelling', 'Storytelling', 'verhalen vertellen'],
    ['media-relations', 'Media relations', 'Persvoorlichting', 'press office', 'woordvoering'],
    ['editing', 'Editing', 'Eindredactie', 'editorial', 'redactie'],
    ['crisis-communication', 'Crisis communication', 'Crisiscommunicatie', 'issue management'],
    ['intranet', 'Intranet management', 'Intranetbeheer', 'intranet', 'SharePoint intranet'],
    ['community-management', 'Community management', 'Communitymanagement', 'online communities'],
    ['event-management', 'Event management', 'Evenementenorganisatie', 'events', 'evenementen'],
    ['public-affairs', 'Public affairs', 'Public affairs', 'lobbying'],
    ['speechwriting', 'Speechwriting', 'Speeches schrijven', 'speeches'],
  ],
};
