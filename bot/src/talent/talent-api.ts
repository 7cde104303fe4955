import {
  endorse,
  explain,
  findExperts,
  updateOwnExpertise,
  withdrawEndorsement,
  PersonNotFoundError,
  type Actor,
  type FindExpertsResult,
  type Locale,
} from '@samen/core';
import type { Express, Request } from 'express';
import {
  expertiseChangeBody,
  searchQuery,
  skillBody,
  suggestQuery,
  type EndorsementCountWire,
  type MyExpertiseWire,
  type SearchPageWire,
  type SuggestionsWire,
} from '@samen/core/contract';
import { z } from 'zod';
import { authenticated, type ApiDeps, type CallContext, type Reply } from '../http/app';
import { ProblemError } from '../http/problems';
import type { TalentRuntime } from './talent-runtime';

// A person's id is a Graph user id; anything else cannot be anyone, and never reaches a Graph filter.
const personParam = z.uuid();

function searchReply(runtime: TalentRuntime, found: FindExpertsResult, locale: Locale): Reply {
  const results = found.results.flatMap((hit): SearchPageWire['results'] => {
    const person = runtime.directory.get(hit.userId);
    if (!person) return [];
    return [
      {
        id: person.userId,
        displayName: person.displayName,
        jobTitle: person.jobTitle,
        department: person.department,
        officeLocation: person.officeLocation,
        userPrincipalName: person.userPrincipalName,
        presence: hit.presence,
        matchedSkills: [...hit.matchedSkills],
        why: explain(hit.why, locale),
        score: hit.score,
      },
    ];
  });
  const suggestions = found.suggestions.map((s) => ({ skillId: s.skillId, label: s.label }));
  const corrected = found.interpretation.corrected;
  const body: SearchPageWire = {
    total: found.total,
    results,
    suggestions,
    ...(corrected === undefined ? {} : { correctedQuery: corrected }),
  };
  return { status: 200, body };
}

async function search(runtime: TalentRuntime, req: Request, { actor, locale }: CallContext): Promise<Reply> {
  const query = searchQuery.parse(req.query);
  const found = await findExperts({ index: runtime.index, presence: runtime.presence }, actor, {
    text: query.q,
    availableNow: query.available === 'true',
    ...(query.department ? { department: query.department } : {}),
    ...(query.location ? { location: query.location } : {}),
    // Number('x') is NaN, which the domain refuses as invalid paging like any other bad page.
    ...(query.top === undefined ? {} : { top: Number(query.top) }),
    ...(query.skip === undefined ? {} : { skip: Number(query.skip) }),
    locale,
  });
  return searchReply(runtime, found, locale);
}

function suggest(runtime: TalentRuntime, req: Request, { locale }: CallContext): Promise<Reply> {
  const { q } = suggestQuery.parse(req.query);
  const suggestions = runtime.vocabulary
    .suggest(q, locale, 8)
    .map((s) => ({ skillId: s.skillId, label: s.label }));
  const body: SuggestionsWire = { suggestions };
  return Promise.resolve({ status: 200, body });
}

function personIdOf(req: Request): string {
  const parsed = personParam.safeParse(req.params.id);
  if (!parsed.success) throw new PersonNotFoundError(String(req.params.id));
  return parsed.data;
}

async function addEndorsement(
  runtime: TalentRuntime,
  req: Request,
  { actor, locale }: CallContext,
): Promise<Reply> {
  const personId = personIdOf(req);
  const { skill } = skillBody.parse(req.body);
  const stored = await endorse(runtime.endorseDeps, actor, { personId, skill });
  const count = runtime.afterEndorsement(stored);
  const body: EndorsementCountWire = {
    skill: stored.skillKey,
    label: runtime.labelOf(stored, locale),
    count,
  };
  return { status: 201, body };
}

async function removeEndorsement(
  runtime: TalentRuntime,
  req: Request,
  { actor }: CallContext,
): Promise<Reply> {
  const personId = personIdOf(req);
  const { skill } = skillBody.parse(req.body);
  await withdrawEndorsement(runtime.endorseDeps, actor, { personId, skill });
  runtime.afterWithdrawal(actor.userId, personId, skill);
  return { status: 204 };
}

function myExpertise(runtime: TalentRuntime, actor: Actor, locale: Locale): Reply {
  const mine = runtime.myExpertise(actor.userId, locale);
  if (!mine) throw new ProblemError('notFound', `no directory entry for ${actor.userId}`);
  const body: MyExpertiseWire = mine;
  return { status: 200, body };
}

async function changeMyExpertise(
  runtime: TalentRuntime,
  req: Request,
  { actor, locale }: CallContext,
): Promise<Reply> {
  const changes = expertiseChangeBody.parse(req.body);
  const writer = runtime.ownProfileWriter(req.get('authorization') ?? '');
  const written = await updateOwnExpertise({ writer, vocabulary: runtime.vocabulary }, actor, changes);
  runtime.afterOwnChange(actor.userId, written);
  return myExpertise(runtime, actor, locale);
}

/** The Talentfinder's HTTP API under /api/talent; the caller is always the token's subject. */
export function mountTalentApi(app: Express, deps: ApiDeps, runtime: TalentRuntime): void {
  const route = (handler: (req: Request, call: CallContext) => Promise<Reply> | Reply) =>
    authenticated(deps, async (req, call) => handler(req, call));
  app.get(
    '/api/talent/search',
    route((req, call) => search(runtime, req, call)),
  );
  app.get(
    '/api/talent/suggest',
    route((req, call) => suggest(runtime, req, call)),
  );
  app.get(
    '/api/talent/me',
    route((_req, call) => myExpertise(runtime, call.actor, call.locale)),
  );
  app.patch(
    '/api/talent/me',
    route((req, call) => changeMyExpertise(runtime, req, call)),
  );
  app.post(
    '/api/talent/people/:id/endorsements',
    route((req, call) => addEndorsement(runtime, req, call)),
  );
  app.delete(
    '/api/talent/people/:id/endorsements',
    route((req, call) => removeEndorsement(runtime, req, call)),
  );
}
