import { PersonaPresence } from '@fluentui/react';
import type { ShownActivity, TalentfinderStrings } from './strings';
import type { Availability, Presence } from './talent-service';

const PERSONA_PRESENCE: Readonly<Record<Availability, PersonaPresence>> = {
  Available: PersonaPresence.online,
  AvailableIdle: PersonaPresence.online,
  Away: PersonaPresence.away,
  BeRightBack: PersonaPresence.away,
  Busy: PersonaPresence.busy,
  BusyIdle: PersonaPresence.busy,
  DoNotDisturb: PersonaPresence.dnd,
  Offline: PersonaPresence.offline,
  PresenceUnknown: PersonaPresence.offline,
};

/** The badge Fluent draws for a Graph availability. */
export function personaPresenceOf(presence: Presence): PersonaPresence {
  return PERSONA_PRESENCE[presence.availability];
}

function isShownActivity(activity: string, strings: TalentfinderStrings): activity is ShownActivity {
  return Object.prototype.hasOwnProperty.call(strings.activity, activity);
}

/** The badge's text alternative, as Teams words it: "Busy · In a meeting", "Available". */
export function presenceText(presence: Presence, strings: TalentfinderStrings): string {
  const availability = strings.presence[presence.availability];
  return isShownActivity(presence.activity, strings)
    ? `${availability}${strings.separator}${strings.activity[presence.activity]}`
    : availability;
}
