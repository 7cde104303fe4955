import type { TalentfinderStrings } from './strings';
import type { TalentResult } from './talent-service';

/** "Anna" from "Anna de Vries"; "Anna" from "Vries, Anna de" (directories that store surname first). */
export function firstNameOf(displayName: string): string {
  const trimmed = displayName.trim();
  const comma = trimmed.indexOf(',');
  const given = comma >= 0 ? trimmed.slice(comma + 1).trim() : trimmed;
  return given.split(/\s+/)[0] || trimmed;
}

/** Teams deep link to a 1:1 chat with a drafted first line (graph-facts.md: UPNs only). */
export function teamsChatLink(person: TalentResult, topic: string, strings: TalentfinderStrings): string {
  const draft = strings.chatDraft(firstNameOf(person.displayName), topic);
  return (
    'https://teams.microsoft.com/l/chat/0/0' +
    `?users=${encodeURIComponent(person.userPrincipalName)}&message=${encodeURIComponent(draft)}`
  );
}

/**
 * A mail to the person. The API gives the UPN, which is the mail address in almost every tenant.
 * encodeURIComponent, not URLSearchParams: mail clients show '+' literally instead of a space.
 */
export function mailLink(person: TalentResult, topic: string, strings: TalentfinderStrings): string {
  const subject = strings.emailSubject(topic);
  const body = strings.chatDraft(firstNameOf(person.displayName), topic);
  return (
    `mailto:${encodeURIComponent(person.userPrincipalName).replace(/%40/g, '@')}` +
    `?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
  );
}
