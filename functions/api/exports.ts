/**
 * The files' one function: the gateway hands it `campaign/{id}/…` (those paths no other route serves),
 * `export/{id}`, `contact/import` and `import/{id}`, and it runs the route the path names (`EXPORT_ROUTES`), with the event that route would
 * have had alone; any other path gets the contract's 404.
 */
import { handler as clicks } from './campaign-clicks';
import { handler as read } from './export/get';
import { handler as start } from './export/start';
import { familyHandler, type RouteHandler } from './family';
import { handler as importStatus } from './import/get';
import { handler as importStart } from './import/start';
import { EXPORT_ROUTES } from './routes';

type ExportRouteId = (typeof EXPORT_ROUTES)[number]['id'];

/** Each export route's handler: the very ones a test loads one by one. */
export const EXPORT_HANDLERS: Record<ExportRouteId, RouteHandler> = {
  CampaignExport: start,
  CampaignClicks: clicks,
  ExportGet: read,
  ContactImport: importStart,
  ImportGet: importStatus,
};

export const handler = familyHandler(EXPORT_ROUTES, EXPORT_HANDLERS);
