/**
 * The segments' one function: the gateway hands it every `/v1/segment/…` request, and it runs the segment
 * route the path names (`SEGMENT_ROUTES`), with the event that route would have had alone.
 */
import { familyHandler, type RouteHandler } from './family';
import { SEGMENT_ROUTES } from './routes';
import { handler as create } from './segment/create';
import { handler as remove } from './segment/delete';
import { handler as fields } from './segment/fields';
import { handler as get } from './segment/get';
import { handler as list } from './segment/list';
import { handler as preview } from './segment/preview';
import { handler as update } from './segment/update';

type SegmentRouteId = (typeof SEGMENT_ROUTES)[number]['id'];

/** Each segment route's handler: the very ones a test loads one by one. */
export const SEGMENT_HANDLERS: Record<SegmentRouteId, RouteHandler> = {
  SegmentCreate: create,
  SegmentList: list,
  SegmentPreview: preview,
  SegmentFields: fields,
  SegmentGet: get,
  SegmentUpdate: update,
  SegmentDelete: remove,
};

export const handler = familyHandler(SEGMENT_ROUTES, SEGMENT_HANDLERS);
