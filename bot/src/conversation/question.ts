// Reads what someone typed to the bot as a request: a command (help, more) or a question with a topic and
// options. Questions are parsed whole — greeting, question frame, filters, topic — instead of routed on a
// keyword found anywhere in the text, so "help desk experts" asks about help desks and "more" inside a topic
// ("more than SQL") is part of the topic.
import { MAX_FILTER_LENGTH, MAX_QUERY_LENGTH } from '@samen/core';

/** Longer than any question people type; beyond it the text is not parsed at all (a pasted log, a document). */
export const MAX_MESSAGE_LENGTH = 1000;

export interface ExpertQuestion {
  readonly topic: string;
  readonly availableOnly: boolean;
  readonly department?: string;
  readonly location?: string;
}

export type Request =
  | { readonly kind: 'help' }
  | { readonly kind: 'more' }
  | { readonly kind: 'ask'; readonly question: ExpertQuestion }
  /** Nothing to search for: an empty message, only a mention, or a question frame without a topic. */
  | { readonly kind: 'noTopic'; readonly availableOnly: boolean }
  | { readonly kind: 'tooLong' };

const HELP = new Set([
  'help',
  'hulp',
  'what can you do',
  'wat kun je',
  'wat kan je',
  'hi',
  'hello',
  'hallo',
  'hoi',
  'hey',
]);
const MORE = new Set([
  'more',
  'meer',
  'show more',
  'toon meer',
  'laat meer zien',
  'nog meer',
  'next',
  'volgende',
]);

// Whole-phrase alternatives, matched between word boundaries (\b does not know letters outside ASCII, so the
// boundaries are explicit: start or end of text, or a character that is not a letter or digit).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const words = (alternatives: string) => new RegExp(`${B}(?:${alternatives})${E}`, 'iu');

const AVAILABLE = words(
  [
    '(?:(?:and |but )?(?:who |that )?(?:is |are ))?(?:available|free|online|reachable) (?:right )?now',
    'right now',
    '(?:currently|now) (?:available|online|free)',
    'available',
    '(?:die |dat )?(?:nu|op dit moment|direct|meteen) (?:beschikbaar|bereikbaar|online|vrij)(?: is| zijn)?',
    '(?:die |dat )?(?:beschikbaar|bereikbaar) (?:is|zijn)',
    'beschikbaar(?: nu)?',
  ].join('|'),
);

// A filter's value: up to three words made of letters, digits, '&' and '-'.
const VALUE = "[\\p{L}\\p{N}&'-]+(?: [\\p{L}\\p{N}&'-]+){0,2}";
const DEPARTMENT = [
  new RegExp(`${B}(?:in|from|at|of) (?:the )?(?<value>${VALUE}) (?:department|team)${E}`, 'iu'),
  new RegExp(`${B}(?:in |from )?(?:the )?department:? (?<value>${VALUE})$`, 'iu'),
  new RegExp(`${B}(?:(?:van|bij|op|in|uit) )?(?:de )?afdeling:? (?<value>${VALUE})$`, 'iu'),
];
const LOCATION = [
  new RegExp(`${B}(?:in|at|from) (?:the )?(?<value>${VALUE}) office${E}`, 'iu'),
  new RegExp(`${B}(?:based|located|working) (?:in|at) (?<value>${VALUE})$`, 'iu'),
  new RegExp(
    `${B}(?:(?:op|bij|in) )?(?:het )?(?:kantoor|vestiging|locatie)(?: in| te)? (?<value>${VALUE})$`,
    'iu',
  ),
];

// Question frames around the topic, Dutch and English; the first that matches the whole sentence wins.
const FRAMES: readonly RegExp[] = [
  'who (?:knows something|knows anything|knows|know) (?:about |of |on )?(?<topic>.*)',
  'who (?:has|have) (?:experience|knowledge|expertise) (?:with|in|of|on) (?<topic>.*)',
  'who (?:has|have) (?<topic>.+?) (?:experience|knowledge|expertise|skills)',
  'who (?:can help|could help)(?: me| us)? (?:with|on) (?<topic>.*)',
  'who (?:is|are) (?:good|an expert|experts|expert) (?:at|in|on|with) (?<topic>.*)',
  '(?:is there )?(?:anyone|anybody|someone|somebody)(?: here)? (?:who knows|that knows|knowing|who can do|familiar with|with knowledge of|with experience (?:in|with)|who has worked (?:on|with)) (?:about )?(?<topic>.*)',
  '(?:is there )?(?:anyone|anybody|someone|somebody)(?: here)? with (?<topic>.+?)(?: (?:experience|knowledge|expertise|skills))?',
  "(?:i am|i['’]m|im) looking for (?:someone|somebody|anyone|an? expert|experts|a specialist)(?: who knows| with| in| on| for)? (?:about )?(?<topic>.*)",
  "(?:i am|i['’]m|im) looking for (?<topic>.*)",
  '(?:find|show)(?: me)? (?<topic>.*)',
  '(?:an? )?(?:experts?|specialists?) (?:in|on|for|of|about|with) (?<topic>.*)',
  'wie (?:weet|kent|snapt)(?: er| het)?(?: iets| veel| meer| alles)? (?:van|over|af van) (?<topic>.*)',
  'wie (?:kent|snapt|kan) (?<topic>.*)',
  'wie (?:heeft|hebben) (?:ervaring|kennis|verstand) (?:met|van|in|op het gebied van) (?<topic>.*)',
  'wie (?:heeft|hebben) (?<topic>.+?) (?:ervaring|kennis)',
  'wie (?:kan|kunnen)(?: mij| me| ons)? helpen (?:met|bij) (?<topic>.*)',
  'wie (?:is|zijn) (?:goed|een expert|expert|experts|specialist) (?:in|met|op het gebied van) (?<topic>.*)',
  'ik zoek (?:iemand|een collega|een expert|een specialist|een deskundige) (?:die|dat) (?<topic>.+?)(?: kan| kent| weet| snapt| doet)',
  'ik zoek (?:iemand|een collega|een expert|een specialist|een deskundige) (?:met|in|op het gebied van|voor)(?: (?:ervaring|kennis|verstand) (?:in|met|van|op het gebied van))? (?<topic>.*)',
  'ik zoek (?<topic>.*)',
  '(?:is er )?(?:iemand|een collega)(?: hier)? (?:die|dat) (?:verstand heeft van|iets weet van|ervaring heeft met) (?<topic>.*)',
  '(?:is er )?(?:iemand|een collega)(?: hier)? (?:die|dat) (?<topic>.+?) (?:kan|kent|weet|snapt|doet)',
  '(?:is er )?(?:iemand|een collega)(?: hier)? met(?: (?:ervaring|kennis|verstand) (?:in|met|van|op het gebied van))? (?<topic>.*)',
  '(?:een )?(?:experts?|specialist(?:en)?|deskundigen?|kenner) (?:in|op|van|voor|met|op het gebied van) (?<topic>.*)',
].map((frame) => new RegExp(`^${frame}\\s*$`, 'iu'));

const LEADING = words(
  'hi|hello|hey|hallo|hoi|please|alsjeblieft|graag|samen|can you tell me|could you tell me|kun je me vertellen|weet jij',
);
const TRAILING_NOUN = new RegExp(
  `${B}(?:experience|knowledge|expertise|skills|experts?|specialists?|ervaring|kennis|deskundigen?|specialisten|kenners?)$`,
  'iu',
);
const ARTICLE = new RegExp(`^(?:a|an|the|de|het|een)${E}`, 'iu');

/** Removes Teams' mention markup (`<at>Samen</at>`) and collapses whitespace. */
export function withoutMentions(text: string): string {
  return text
    .replace(/<at>[^<]{0,200}<\/at>/giu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const bare = (text: string) => text.replace(/^[\s,.;:!?¿¡]+|[\s,.;:!?]+$/gu, '').replace(/\s+/gu, ' ');

/** Takes the first matching filter out of the text. */
function takeFilter(text: string, patterns: readonly RegExp[]): { rest: string; value?: string } {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const value = match?.groups?.value;
    if (match && value && value.length <= MAX_FILTER_LENGTH)
      return {
        rest: bare(text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)),
        value,
      };
  }
  return { rest: text };
}

function takeAvailability(text: string): { rest: string; availableOnly: boolean } {
  const match = AVAILABLE.exec(text);
  if (!match) return { rest: text, availableOnly: false };
  return {
    rest: bare(text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)),
    availableOnly: true,
  };
}

function stripLeading(text: string): string {
  let rest = text;
  for (let match = LEADING.exec(rest); match?.index === 0; match = LEADING.exec(rest))
    rest = bare(rest.slice(match[0].length));
  return rest;
}

// What is left of a question without its topic: asking "who knows about?" has nothing to search for.
const NO_TOPIC = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'who',
  'iemand',
  'wie',
  'about',
  'iets',
  'over',
  'van',
]);

/** The topic inside a question frame, or the whole text when it is no known frame (a bare "kubernetes"). */
function topicOf(text: string): string {
  // The trailing space lets a frame match with an empty topic ("wie weet er iets van"): then there is none.
  const framed = FRAMES.map((frame) => frame.exec(`${text} `)?.groups?.topic).find(
    (topic) => topic !== undefined,
  );
  let topic = bare(framed ?? text);
  topic = bare(topic.replace(TRAILING_NOUN, ''));
  topic = bare(topic.replace(ARTICLE, ''));
  return NO_TOPIC.has(topic.toLowerCase()) ? '' : topic;
}

/** Parses a message (mentions already removed or not) into what the person asks for. */
export function parseRequest(text: string): Request {
  if (text.length > MAX_MESSAGE_LENGTH) return { kind: 'tooLong' };
  const clean = bare(withoutMentions(text));
  const command = clean.toLowerCase();
  if (HELP.has(command)) return { kind: 'help' };
  if (MORE.has(command)) return { kind: 'more' };
  const sentence = stripLeading(clean);
  const { rest: afterAvailability, availableOnly } = takeAvailability(sentence);
  const { rest: afterDepartment, value: department } = takeFilter(afterAvailability, DEPARTMENT);
  const { rest, value: location } = takeFilter(afterDepartment, LOCATION);
  const topic = topicOf(rest);
  if (topic === '') return { kind: 'noTopic', availableOnly };
  if (topic.length > MAX_QUERY_LENGTH) return { kind: 'tooLong' };
  return {
    kind: 'ask',
    question: {
      topic,
      availableOnly,
      ...(department === undefined ? {} : { department }),
      ...(location === undefined ? {} : { location }),
    },
  };
}
