import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { newId } from '../ids';
import { type ReachOptions, type SegmentReach, segmentCount } from './audience';
import { getSegment, putNewSegment, removeSegment, saveSegment } from './repository';
import type { CreateSegmentInput, Segment, UpdateSegmentInput } from './segment';

type Deps = { db: Db; clock: Clock };

export async function requireSegment(db: Db, accountId: string, segmentId: string): Promise<Segment> {
  const segment = await getSegment(db, accountId, segmentId);
  if (!segment) throw notFound('segment', segmentId);
  return segment;
}

/** A segment as `segment/{id}` answers it: with its size now. */
export type SegmentWithCount = Segment & SegmentReach;

export async function segmentWithCount(
  db: Db,
  accountId: string,
  segmentId: string,
  options: ReachOptions = {},
): Promise<SegmentWithCount> {
  const segment = await requireSegment(db, accountId, segmentId);
  return { ...segment, ...(await segmentCount(db, accountId, segment, options)) };
}

export async function createSegment(
  deps: Deps,
  accountId: string,
  input: CreateSegmentInput,
  actor: Actor,
  operationId?: string,
): Promise<Segment> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = operationId ?? newId(now);
  const segment: Segment = { id, ...input, createdAt: at, updatedAt: at };
  const audit = auditOf(deps.db, accountId, actor, 'segment.create', { type: 'segment', id }, now, {
    name: input.name,
  });
  return putNewSegment(deps.db, accountId, segment, [audit]);
}

export async function updateSegment(
  deps: Deps,
  accountId: string,
  segmentId: string,
  input: UpdateSegmentInput,
  actor: Actor,
): Promise<Segment> {
  const now = deps.clock.now();
  const current = await requireSegment(deps.db, accountId, segmentId);
  const next: Segment = {
    ...current,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.match !== undefined ? { match: input.match } : {}),
    ...(input.conditions !== undefined ? { conditions: input.conditions } : {}),
    updatedAt: now.toISOString(),
  };
  const audit = auditOf(deps.db, accountId, actor, 'segment.update', { type: 'segment', id: segmentId }, now);
  if (!(await saveSegment(deps.db, accountId, next, [audit]))) throw notFound('segment', segmentId);
  return next;
}

export async function deleteSegment(deps: Deps, accountId: string, segmentId: string, actor: Actor) {
  const now = deps.clock.now();
  const audit = auditOf(deps.db, accountId, actor, 'segment.delete', { type: 'segment', id: segmentId }, now);
  if (!(await removeSegment(deps.db, accountId, segmentId, [audit]))) throw notFound('segment', segmentId);
  return { id: segmentId, deleted: true as const };
}
