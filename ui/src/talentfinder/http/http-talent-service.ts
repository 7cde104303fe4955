import type { SkillBody, SuggestQuery } from '@samen/core/contract';
import type {
  CallOptions,
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  SkillSuggestion,
  TalentQuery,
  TalentSearchPage,
  TalentService,
} from '../talent-service';
import { TalentProblem, TalentServiceError } from '../talent-service-error';
import { ServiceHttp, type ClientCodes, type ServiceHttpOptions } from '../../shared/service-http';
import {
  expertiseChangeOf,
  parseEndorsementCount,
  parseMyExpertise,
  parseSearchPage,
  parseSuggestions,
  searchQueryOf,
} from './wire';

export type HttpTalentServiceOptions = ServiceHttpOptions;

/** What this client says when the service could not answer it. */
const CODES: ClientCodes = {
  network: TalentProblem.network,
  unauthenticated: TalentProblem.unauthenticated,
  invalidResponse: TalentProblem.invalidResponse,
  byStatus: {
    400: TalentProblem.invalidRequest,
    401: TalentProblem.unauthenticated,
    403: TalentProblem.forbidden,
    404: TalentProblem.notFound,
    503: TalentProblem.unavailable,
  },
};

/** TalentService over the Samen service's HTTP API (`/api/talent/...`). */
export class HttpTalentService implements TalentService {
  private readonly http: ServiceHttp;

  constructor(options: HttpTalentServiceOptions) {
    this.http = new ServiceHttp(
      options,
      CODES,
      (status, code, message, detail) => new TalentServiceError(status, code, message, detail),
    );
  }

  search(query: TalentQuery, options: CallOptions): Promise<TalentSearchPage> {
    const params = new URLSearchParams(searchQueryOf(query));
    return this.http.call('GET', `/api/talent/search?${params.toString()}`, options, parseSearchPage);
  }

  suggestSkills(prefix: string, options: CallOptions): Promise<readonly SkillSuggestion[]> {
    const wire: SuggestQuery = { q: prefix };
    const params = new URLSearchParams(wire);
    return this.http.call('GET', `/api/talent/suggest?${params.toString()}`, options, parseSuggestions);
  }

  myExpertise(options: CallOptions): Promise<MyExpertise> {
    return this.http.call('GET', '/api/talent/me', options, parseMyExpertise);
  }

  updateMyExpertise(change: ExpertiseChange, options: CallOptions): Promise<MyExpertise> {
    return this.http.call('PATCH', '/api/talent/me', options, parseMyExpertise, expertiseChangeOf(change));
  }

  endorse(personId: string, skill: string, options: CallOptions): Promise<EndorsementCount> {
    const path = `/api/talent/people/${encodeURIComponent(personId)}/endorsements`;
    const body: SkillBody = { skill };
    return this.http.call('POST', path, options, parseEndorsementCount, body);
  }

  async withdrawEndorsement(personId: string, skill: string, options: CallOptions): Promise<void> {
    const path = `/api/talent/people/${encodeURIComponent(personId)}/endorsements`;
    const body: SkillBody = { skill };
    await this.http.send('DELETE', path, options, body);
  }
}
