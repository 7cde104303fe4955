import { explain, type Locale, type WhyPart } from '../../src';

describe('explain', () => {
  it.each<[WhyPart[], string, string]>([
    [
      [
        { kind: 'skills', labels: ['Kubernetes'] },
        { kind: 'endorsed', count: 4 },
        { kind: 'evidence', contribution: 'post', count: 3, topic: 'k8s' },
      ],
      'skills: Kubernetes · endorsed by 4 · wrote 3 posts on #k8s',
      'vaardigheden: Kubernetes · onderschreven door 4 · schreef 3 berichten over #k8s',
    ],
    [
      [{ kind: 'mentioned', field: 'pastProjects', labels: ['Glasvezel', 'Verkoop'] }],
      'mentions “Glasvezel”, “Verkoop” in past projects',
      'noemt ‘Glasvezel’, ‘Verkoop’ bij eerdere projecten',
    ],
    [
      [{ kind: 'experience', years: 1, label: 'DWDM' }],
      '1 year of experience with DWDM',
      '1 jaar ervaring met DWDM',
    ],
    [
      [{ kind: 'evidence', contribution: 'post', count: 1, topic: '#glasvezel' }],
      'wrote 1 post on #glasvezel',
      'schreef 1 bericht over #glasvezel',
    ],
    [
      [{ kind: 'evidence', contribution: 'idea', count: 2, topic: 'fiber sales' }],
      'shared 2 ideas on fiber sales',
      'deelde 2 ideeën over fiber sales',
    ],
    [
      [{ kind: 'evidence', contribution: 'comment', count: 1, topic: '5G' }],
      'commented once on #5G',
      'reageerde 1 keer op #5G',
    ],
    [
      [{ kind: 'mentioned', field: 'jobTitle', labels: ['Kubernetes'] }, { kind: 'openToQuestions' }],
      'mentions “Kubernetes” in job title · open to questions',
      'noemt ‘Kubernetes’ bij functietitel · staat open voor vragen',
    ],
    [[], '', ''],
  ])('renders %j', (why, english, dutch) => {
    const rendered: Record<Locale, string> = {
      'en-US': explain(why, 'en-US'),
      'nl-NL': explain(why, 'nl-NL'),
    };
    expect(rendered).toEqual({ 'en-US': english, 'nl-NL': dutch });
  });
});
