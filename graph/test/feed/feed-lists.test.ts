import {
  feedLists,
  samenLists,
  storedFollowKey,
  storedLikeKey,
  storedReportKey,
  type ColumnSchema,
} from '../../src';

const columnsOf = (name: string) => feedLists.find((l) => l.displayName === name)!.columns;
const column = (list: string, name: string) => columnsOf(list).find((c: ColumnSchema) => c.name === name);

describe("the feed's lists", () => {
  it('are provisioned with the rest of Samen', () => {
    expect(samenLists).toEqual(expect.arrayContaining([...feedLists]));
    expect(feedLists.map((l) => l.displayName)).toEqual([
      'Samen Posts',
      'Samen Comments',
      'Samen Likes',
      'Samen Follows',
      'Samen Reports',
      'Samen Moderation Log',
    ]);
  });

  it.each([
    ['Samen Likes', 'LikeKey'],
    ['Samen Follows', 'FollowKey'],
    ['Samen Reports', 'ReportKey'],
    ['Samen Posts', 'CreateKey'],
    ['Samen Comments', 'CreateKey'],
  ])('%s: %s is a unique, indexed single line of at most 255', (list, name) => {
    expect(column(list, name)).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: { maxLength: 255 },
    });
  });

  it.each([
    ['Samen Posts', ['AuthorId', 'CreatedAt', 'EventId']],
    ['Samen Comments', ['PostId', 'ParentId']],
    ['Samen Likes', ['TargetId', 'UserId']],
    ['Samen Follows', ['FollowerId', 'FollowedId']],
    ['Samen Reports', ['TargetId']],
    ['Samen Moderation Log', ['TargetId']],
  ])('%s: the columns the adapters filter on are indexed', (list, names) => {
    for (const name of names) expect(column(list, name)).toMatchObject({ indexed: true });
  });
});

describe('stored keys', () => {
  const user = '6F9619FF-8B86-D011-B42D-00C04FC964FF';

  it("are core's keys, lower-cased, because SharePoint compares unique values ignoring case", () => {
    expect(storedLikeKey({ kind: 'post', id: '12' }, user)).toBe(`post:12|${user.toLowerCase()}`);
    expect(storedFollowKey(user, { kind: 'topic', id: 'glasvezel' })).toBe(
      `${user.toLowerCase()}|topic:glasvezel`,
    );
    expect(storedReportKey({ kind: 'comment', id: '3' }, user)).toBe(`comment:3|${user.toLowerCase()}`);
  });

  it("keep parts holding the separator or '%' apart", () => {
    const keys = [
      storedLikeKey({ kind: 'post', id: '1|u' }, 'v'),
      storedLikeKey({ kind: 'post', id: '1' }, 'u|v'),
      storedLikeKey({ kind: 'post', id: '1%7Cu' }, 'v'),
    ];
    expect(new Set(keys).size).toBe(3);
  });

  it('refuse an empty part or a key over 255 characters', () => {
    expect(() => storedLikeKey({ kind: 'post', id: '' }, user)).toThrow(RangeError);
    expect(() => storedFollowKey(user, { kind: 'topic', id: 'x'.repeat(250) })).toThrow(RangeError);
  });
});
