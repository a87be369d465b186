/**
 * The exports' one function: the gateway hands it `campaign/{id}/export` and `export/{id}`, and it runs
 * the export route the path names (`EXPORT_ROUTES`), with the event that route would have had alone.
 */
import { handler as read } from './export/get';
import { handler as start } from './export/start';
import { familyHandler, type RouteHandler } from './family';
import { EXPORT_ROUTES } from './routes';

type ExportRouteId = (typeof EXPORT_ROUTES)[number]['id'];

/** Each export route's handler: the very ones a test loads one by one. */
export const EXPORT_HANDLERS: Record<ExportRouteId, RouteHandler> = {
  CampaignExport: start,
  ExportGet: read,
};

export const handler = familyHandler(EXPORT_ROUTES, EXPORT_HANDLERS);
