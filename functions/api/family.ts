/**
 * One function for a family of routes (the back office's, the segments'): the gateway hands it every
 * request under the family's path, and it runs the route the path names, with the very event that route
 * would have had alone. Fewer functions keep the stack far below CloudFormation's 500 resources.
 */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handler as fallback } from './fallback';
import { type ApiRoute, findRoute } from './routes';

export type RouteHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

export const familyHandler =
  <Id extends string>(routes: readonly (ApiRoute & { id: Id })[], handlers: Record<Id, RouteHandler>) =>
  async (event: APIGatewayProxyEventV2, context: Context) => {
    const match = findRoute(event.requestContext.http.method, event.rawPath, routes);
    if (match.kind !== 'route') return fallback(event, context);
    return handlers[match.route.id as Id](
      {
        ...event,
        routeKey: `${match.route.method} ${match.route.path}`,
        pathParameters: match.pathParameters,
      },
      context,
    );
  };
