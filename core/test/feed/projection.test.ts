import {
  FeedProjection,
  FeedReadModel,
  FixedClock,
  type FeedChanges,
  type FeedSource,
  type Post,
} from '../../src';

const clock = new FixedClock('2026-12-07T12:00:00Z');
const none = { upserted: [], removed: [] };
const noRecords = { added: [], removed: [] };

function post(id: string, extra: Partial<Post> = {}): Post {
  return {
    id,
    kind: 'status',
    bodyHtml: `<p>${id}</p>`,
    authorId: 'ana',
    topics: [],
    mentions: [],
    links: [],
    createdAt: clock.now(),
    ...extra,
  };
}

class Rounds implements FeedSource {
  calls = 0;
  constructor(private readonly rounds: FeedChanges[]) {}
  async changes(): Promise<FeedChanges> {
    this.calls++;
    const next = this.rounds.shift();
    if (!next) throw new Error('no more rounds');
    return next;
  }
}

describe('FeedProjection', () => {
  it('fills the model, applies removals before additions, and reports malformed rows by list and item', async () => {
    const model = new FeedReadModel({ clock, departmentOf: () => undefined });
    const log: string[] = [];
    const like = { target: { kind: 'post', id: '1' }, userId: 'bram', at: clock.now() } as const;
    const source = new Rounds([
      {
        posts: { upserted: [post('1'), post('2')], removed: [] },
        comments: none,
        likes: { added: [like], removed: [] },
        follows: noRecords,
        malformed: [{ list: 'Samen Posts', itemId: '3', issues: ['CreatedAt: required'] }],
      },
      // An edit of a like (delivered as old removed, new added) and a post deleted in SharePoint.
      {
        posts: { upserted: [], removed: ['2'] },
        comments: none,
        likes: { added: [like], removed: [like] },
        follows: noRecords,
        malformed: [],
      },
    ]);
    const projection = new FeedProjection({ source, model, log: (m) => log.push(m) });
    await projection.round();
    expect(model.postCount).toBe(2);
    expect(log).toEqual(['feed: Samen Posts item 3 left out: CreatedAt: required']);
    await projection.round();
    expect(model.postCount).toBe(1);
    expect(model.post({ userId: 'bram', isModerator: false }, '1')?.likeCount).toBe(1);
  });

  it('shares a running round with a second caller instead of reading the same delta twice', async () => {
    const model = new FeedReadModel({ clock, departmentOf: () => undefined });
    const source = new Rounds([
      { posts: none, comments: none, likes: noRecords, follows: noRecords, malformed: [] },
    ]);
    const projection = new FeedProjection({ source, model, log: () => undefined });
    await Promise.all([projection.round(), projection.round()]);
    expect(source.calls).toBe(1);
  });
});
