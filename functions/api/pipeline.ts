/**
 * The API's routes go through the shared pipeline with the role each needs, as `routes.ts` declares it:
 * one list for the pipeline, the reference and the role walk.
 */
import type { z } from 'zod';
import { cognitoUserTokens } from '../../shared/accounts/aws/cognito';
import type { Role } from '../../shared/accounts/roles';
import type { Port } from '../../shared/config';
import {
  type OperatorRouteSpec,
  type RouteSpec,
  apiHandler as sharedApiHandler,
  operatorHandler as sharedOperatorHandler,
} from '../../shared/http/pipeline';
import { offerPort } from '../../shared/runtime';
import { API_ROUTES } from './routes';

const ROLE_BY_ROUTE_KEY: ReadonlyMap<string, Role> = new Map(
  API_ROUTES.flatMap((route): [string, Role][] =>
    'role' in route ? [[`${route.method} ${route.path}`, route.role]] : [],
  ),
);

export const roleOfRoute = (routeKey: string): Role | undefined => ROLE_BY_ROUTE_KEY.get(routeKey);

export function apiHandler<S extends z.ZodType, P extends Port = never>(
  route: Omit<RouteSpec<S, P>, 'roleOf'>,
) {
  // Every route takes a signed-in user's token as well as an API key.
  offerPort('userTokens', cognitoUserTokens);
  return sharedApiHandler<S, P>({ ...route, roleOf: roleOfRoute });
}

/** The operators' routes: a token of the pool's `operators` group only. */
export function operatorHandler<S extends z.ZodType, P extends Port = never>(route: OperatorRouteSpec<S, P>) {
  offerPort('userTokens', cognitoUserTokens);
  return sharedOperatorHandler<S, P>(route);
}
