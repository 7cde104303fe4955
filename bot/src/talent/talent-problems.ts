import type { TalentErrorCode } from '@samen/core';
import type { ProblemCatalog } from '../http/problems';

/** What people read when a Talentfinder request cannot be done, by the domain's error code. */
export const TALENT_PROBLEMS: ProblemCatalog & Record<TalentErrorCode, ProblemCatalog[string]> = {
  'talent.query.empty': {
    status: 400,
    'en-US': 'Type what you are looking for, such as a skill or a topic.',
    'nl-NL': 'Typ waar je naar zoekt, bijvoorbeeld een vaardigheid of onderwerp.',
  },
  'talent.query.too-long': {
    status: 400,
    'en-US': 'That search is too long. Try a few keywords.',
    'nl-NL': 'Die zoekopdracht is te lang. Probeer een paar trefwoorden.',
  },
  'talent.query.invalid-paging': {
    status: 400,
    'en-US': 'That page of results does not exist.',
    'nl-NL': 'Die pagina met resultaten bestaat niet.',
  },
  'talent.query.invalid-filter': {
    status: 400,
    'en-US': 'One of the filters is not valid.',
    'nl-NL': 'Een van de filters klopt niet.',
  },
  'talent.skill.required': {
    status: 400,
    'en-US': 'Choose the skill you want to endorse.',
    'nl-NL': 'Kies de vaardigheid die je wilt onderschrijven.',
  },
  'talent.skill.too-long': {
    status: 400,
    'en-US': 'That skill name is too long.',
    'nl-NL': 'Die naam van een vaardigheid is te lang.',
  },
  'talent.endorsement.self': {
    status: 400,
    'en-US': 'You cannot endorse yourself.',
    'nl-NL': 'Je kunt jezelf niet onderschrijven.',
  },
  'talent.endorsement.duplicate': {
    status: 409,
    'en-US': 'You already endorsed this skill.',
    'nl-NL': 'Je hebt deze vaardigheid al onderschreven.',
  },
  'talent.endorsement.not-found': {
    status: 404,
    'en-US': 'You had not endorsed this skill.',
    'nl-NL': 'Je had deze vaardigheid niet onderschreven.',
  },
  'talent.person.not-found': {
    status: 404,
    'en-US': 'We could not find this colleague.',
    'nl-NL': 'We konden deze collega niet vinden.',
  },
  'talent.profile.too-many-skills': {
    status: 400,
    'en-US': 'You can list at most 50 skills.',
    'nl-NL': 'Je kunt maximaal 50 vaardigheden opgeven.',
  },
  'talent.profile.too-many-languages': {
    status: 400,
    'en-US': 'You can list at most 20 languages.',
    'nl-NL': 'Je kunt maximaal 20 talen opgeven.',
  },
  'talent.profile.language-too-long': {
    status: 400,
    'en-US': 'One of the languages is too long.',
    'nl-NL': 'Een van de talen is te lang.',
  },
  'talent.profile.nothing-to-update': {
    status: 400,
    'en-US': 'There is nothing to save.',
    'nl-NL': 'Er is niets om op te slaan.',
  },
};
