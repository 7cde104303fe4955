// Reading cards in tests: texts and actions anywhere in a card, whatever its nesting.
import type { Activity } from 'botbuilder';

type Json = Record<string, unknown>;

function walk(node: unknown, visit: (element: Json) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (node === null || typeof node !== 'object') return;
  visit(node as Json);
  Object.values(node).forEach((child) => walk(child, visit));
}

export function textsOf(card: unknown): string[] {
  const texts: string[] = [];
  walk(card, (element) => {
    if (element.type === 'TextBlock') texts.push(String(element.text));
  });
  return texts;
}

export function actionsOf(card: unknown): Json[] {
  const actions: Json[] = [];
  walk(card, (element) => {
    if (typeof element.type === 'string' && element.type.startsWith('Action.')) actions.push(element);
  });
  return actions;
}

export const actionTitled = (card: unknown, title: string) => actionsOf(card).find((a) => a.title === title);

/** The card of a message the bot sent. */
export function cardOf(activity: Partial<Activity>): Json {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content as Json;
}

/** The names of the people on a results card, in order (the bold name of each person's container). */
export function namesOf(card: unknown): string[] {
  const names: string[] = [];
  walk(card, (element) => {
    if (element.type === 'Column' && element.width === 'stretch') {
      const first = (element.items as Json[])[0];
      names.push(String(first?.text));
    }
  });
  return names;
}
