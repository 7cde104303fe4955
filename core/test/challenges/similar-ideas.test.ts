import { SimilarIdeas } from '../../src';
import { anIdea } from './fakes';

const ideas = [
  anIdea('1', {
    title: 'Sneller aansluiten op glasvezel',
    descriptionHtml: '<p>Plan de <strong>graafploeg</strong> per straat.</p>',
  }),
  anIdea('2', {
    title: 'Monteurs een tablet geven',
    descriptionHtml: '<p>Geen papieren werkbonnen meer.</p>',
  }),
  anIdea('3', {
    title: 'Wachttijd klantenservice verkorten',
    descriptionHtml: '<p>Terugbellen in plaats van wachten.</p>',
  }),
  anIdea('4', { title: 'Glasvezel sneller aanleggen', status: 'merged', mergedInto: '1' }),
];

describe('SimilarIdeas (the duplicate hint)', () => {
  it('finds the idea someone is about to write again, in other words and forms, and not a merged one', () => {
    const similar = new SimilarIdeas(ideas);
    expect(
      similar.similarTo('Hoe kunnen we klanten sneller op het glasvezelnet aansluiten?').map((s) => s.id)[0],
    ).toBe('1');
    expect(similar.similarTo('tablets voor de monteur').map((s) => s.id)).toEqual(['2']);
    expect(similar.similarTo('glasvezel').map((s) => s.id)).not.toContain('4');
  });

  it('says nothing for nothing to go on, and follows edits', () => {
    const similar = new SimilarIdeas(ideas);
    expect(similar.similarTo('de het een')).toEqual([]);
    similar.put({ ...ideas[1]!, title: 'Drones voor inspectie' });
    expect(similar.similarTo('tablet monteurs')).toEqual([]);
    expect(similar.similarTo('papieren werkbonnen')).toEqual([
      expect.objectContaining({ id: '2', title: 'Drones voor inspectie' }),
    ]);
    similar.remove('2');
    expect(similar.similarTo('papieren werkbonnen')).toEqual([]);
  });
});
