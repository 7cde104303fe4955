import { MAX_MESSAGE_LENGTH, parseRequest, withoutMentions } from '../src/conversation/question';

describe('parseRequest reads a question into a topic and options', () => {
  const asks: Array<[string, string, { availableOnly?: boolean; department?: string; location?: string }?]> =
    [
      ['who knows about fiber sales?', 'fiber sales'],
      ['Who knows Kubernetes', 'Kubernetes'],
      ['anyone with Kubernetes experience', 'Kubernetes'],
      ['Is there anyone who knows about SAP S/4HANA?', 'SAP S/4HANA'],
      ['expert in GDPR', 'GDPR'],
      ['experts on LoRaWAN', 'LoRaWAN'],
      ['Power BI expert available now', 'Power BI', { availableOnly: true }],
      ['who knows about Airflow and is available right now?', 'Airflow', { availableOnly: true }],
      ["I'm looking for someone who knows DWDM", 'DWDM'],
      ['wie weet iets van glasvezel?', 'glasvezel'],
      ['Wie weet er veel over OTDR-metingen', 'OTDR-metingen'],
      ['ik zoek iemand die Python kan', 'Python'],
      ['ik zoek iemand met ervaring in DPIA', 'DPIA'],
      ['wie heeft ervaring met NIS2-richtlijn', 'NIS2-richtlijn'],
      ['is er iemand die nu beschikbaar is met verstand van Zigbee', 'Zigbee', { availableOnly: true }],
      ['Power BI expert nu beschikbaar', 'Power BI', { availableOnly: true }],
      ['expert in GDPR in the Legal department', 'GDPR', { department: 'Legal' }],
      ['wie weet iets van SAP op de afdeling Finance', 'SAP', { department: 'Finance' }],
      ['who knows about 5G in the Utrecht office', '5G', { location: 'Utrecht' }],
      ['wie kent Salesforce op kantoor Rotterdam', 'Salesforce', { location: 'Rotterdam' }],
      ['kubernetes', 'kubernetes'],
      ['help desk', 'help desk'],
      ['more than SQL', 'more than SQL'],
      ['hi, who knows about Azure', 'Azure'],
    ];

  test.each(asks)('%s → %s', (text, topic, options = {}) => {
    expect(parseRequest(text)).toEqual({
      kind: 'ask',
      question: { topic, availableOnly: options.availableOnly ?? false, ...options },
    });
  });

  test.each(['help', 'Help!', 'hulp', '<at>Samen</at> help'])('%s is help', (text) => {
    expect(parseRequest(text)).toEqual({ kind: 'help' });
  });

  test.each(['more', 'Meer', 'show more', 'toon meer', '<at>Samen</at> more'])('%s is more', (text) => {
    expect(parseRequest(text)).toEqual({ kind: 'more' });
  });

  test.each([
    '',
    '   ',
    '?',
    '<at>Samen</at>',
    'who knows about?',
    'wie weet er iets van',
    'anyone available now?',
  ])('%j has no topic', (text) => {
    expect(parseRequest(text).kind).toBe('noTopic');
  });

  test('a 10,000-character message is too long, and so is a topic beyond the query limit', () => {
    expect(parseRequest('x'.repeat(10_000))).toEqual({ kind: 'tooLong' });
    expect(parseRequest(`who knows about ${'y '.repeat(150)}`)).toEqual({ kind: 'tooLong' });
    expect(parseRequest('a '.repeat(MAX_MESSAGE_LENGTH / 2))).toEqual({ kind: 'tooLong' });
  });

  test('mentions are removed wherever they are', () => {
    expect(withoutMentions('<at>Samen</at> who knows <at>Bot</at> about SQL')).toBe('who knows about SQL');
    expect(parseRequest('<at>Samen Bot</at> wie weet iets van SQL')).toEqual({
      kind: 'ask',
      question: { topic: 'SQL', availableOnly: false },
    });
  });
});
