import { MAX_TOPIC_LENGTH, MAX_TOPICS_PER_POST } from '../contract/limits';
import { cleanText, fold } from '../talent/text/normalise';
import { InvalidFeedInputError } from './errors';

/** A topic as people typed it and the key it is stored, followed and filtered by. */
export interface Topic {
  readonly key: string;
  readonly label: string;
}

// Letters (any script), digits, '-' and '_': what fits in a #hashtag. "#Glasvezel" and "glasvezel" are one topic,
// and so are "#Sécurité" and "securite" (folded like search text, so the topic feed and search agree).
const TOPIC = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** Reads one typed topic; refuses what could not be a hashtag. */
export function readTopic(typed: string): Topic {
  const label = cleanText(typed).replace(/^#+/, '');
  if (label === '') throw new InvalidFeedInputError('topics', 'required');
  if (label.length > MAX_TOPIC_LENGTH)
    throw new InvalidFeedInputError('topics', 'too-long', MAX_TOPIC_LENGTH);
  if (!TOPIC.test(label)) throw new InvalidFeedInputError('topics', 'malformed');
  return { key: fold(label), label };
}

/** A post's topics: each key once, in the order first typed, at most MAX_TOPICS_PER_POST. */
export function readTopics(typed: readonly string[]): Topic[] {
  const byKey = new Map<string, Topic>();
  for (const one of typed) {
    const topic = readTopic(one);
    if (!byKey.has(topic.key)) byKey.set(topic.key, topic);
  }
  if (byKey.size > MAX_TOPICS_PER_POST)
    throw new InvalidFeedInputError('topics', 'too-many', MAX_TOPICS_PER_POST);
  return [...byKey.values()];
}
