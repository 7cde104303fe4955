// Likes, follows and reports as list rows, under their unique keys (`storedLikeKey`, ...).
import type { Follow, Like, Report } from '@samen/core';
import { z } from 'zod';
import { storedFollowKey, storedLikeKey, storedReportKey } from '../lists/feed-lists';
import { MalformedListItem } from '../talent/graph-errors';
import { readRow, type RawItem } from '../talent/list-items';
import { date, id, iso, keyMatches, type Fields } from './row-values';

const likeSchema = z
  .looseObject({
    LikeKey: z.string(),
    TargetKind: z.enum(['post', 'comment']),
    TargetId: id,
    UserId: id,
    LikedAt: date,
  })
  .refine(
    (row) =>
      keyMatches(row.LikeKey, () => storedLikeKey({ kind: row.TargetKind, id: row.TargetId }, row.UserId)),
    { message: 'LikeKey does not match TargetKind:TargetId|UserId', path: ['LikeKey'] },
  );

export function likeFields(like: Like): Fields {
  const key = storedLikeKey(like.target, like.userId);
  return {
    Title: key,
    LikeKey: key,
    TargetKind: like.target.kind,
    TargetId: like.target.id,
    UserId: like.userId,
    LikedAt: iso(like.at),
  };
}

export function likeOf(list: string, item: RawItem): Like | MalformedListItem {
  const row = readRow(list, item, likeSchema);
  if (row instanceof MalformedListItem) return row;
  return {
    target: { kind: row.TargetKind, id: row.TargetId },
    userId: row.UserId,
    at: new Date(row.LikedAt),
  };
}

const followSchema = z
  .looseObject({
    FollowKey: z.string(),
    FollowerId: id,
    FollowedKind: z.enum(['person', 'topic']),
    FollowedId: id,
    FollowedAt: date,
  })
  .refine(
    (row) =>
      keyMatches(row.FollowKey, () =>
        storedFollowKey(row.FollowerId, { kind: row.FollowedKind, id: row.FollowedId }),
      ),
    { message: 'FollowKey does not match FollowerId|FollowedKind:FollowedId', path: ['FollowKey'] },
  );

export function followFields(follow: Follow): Fields {
  const key = storedFollowKey(follow.followerId, follow.followed);
  return {
    Title: key,
    FollowKey: key,
    FollowerId: follow.followerId,
    FollowedKind: follow.followed.kind,
    FollowedId: follow.followed.id,
    FollowedAt: iso(follow.at),
  };
}

export function followOf(list: string, item: RawItem): Follow | MalformedListItem {
  const row = readRow(list, item, followSchema);
  if (row instanceof MalformedListItem) return row;
  return {
    followerId: row.FollowerId,
    followed: { kind: row.FollowedKind, id: row.FollowedId },
    at: new Date(row.FollowedAt),
  };
}

export function reportFields(report: Report): Fields {
  const key = storedReportKey(report.target, report.reporterId);
  return {
    Title: key,
    ReportKey: key,
    TargetKind: report.target.kind,
    TargetId: report.target.id,
    ReporterId: report.reporterId,
    Reason: report.reason,
    ReportedAt: iso(report.at),
  };
}
