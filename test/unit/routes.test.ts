import { describe, expect, it } from 'vitest';
import {
  API_ROUTES,
  type ApiRoute,
  EXPORT_ROUTES,
  findRoute,
  GATEWAY_ROUTES,
  matchPath,
} from '../../functions/api/routes';

describe('routes', () => {
  it('match path parameters', () => {
    expect(matchPath('/v1/sender/{id}/campaign', '/v1/sender/abc/campaign')).toEqual({ id: 'abc' });
    expect(matchPath('/v1/sender/{id}/campaign', '/v1/sender//campaign')).toBeUndefined();
    expect(matchPath('/v1/sender/{id}/campaign', '/v1/sender/abc')).toBeUndefined();
    expect(matchPath('/v1/sender/{id}/campaign', '/v1/sender/a%20b/campaign')).toEqual({ id: 'a b' });
    expect(matchPath('/v1/sender/{id}/campaign', '/v1/sender/%E0%A4%A/campaign')).toEqual({ id: '%E0%A4%A' });
  });

  it('prefer a literal segment over a parameter, as API Gateway does', () => {
    const routes: ApiRoute[] = [
      { id: 'Get', method: 'POST', path: '/v1/thing/{id}', module: 'get', readOnly: true },
      { id: 'List', method: 'POST', path: '/v1/thing/list', module: 'list', readOnly: true },
    ];
    const match = findRoute('POST', '/v1/thing/list', routes);
    expect(match.kind === 'route' && match.route.id).toBe('List');
    const other = findRoute('POST', '/v1/thing/123', routes);
    expect(other.kind === 'route' && other.pathParameters).toEqual({ id: '123' });
  });

  it('send a campaign’s own routes to their functions, and only its other paths to the exports’ greedy route', () => {
    const served = (path: string) => {
      const match = findRoute('POST', path, GATEWAY_ROUTES);
      return match.kind === 'route' ? match.route.id : match.kind;
    };
    expect(served('/v1/campaign/c1/cancel')).toBe('CampaignCancel');
    expect(served('/v1/campaign/c1/messages')).toBe('CampaignMessages');
    expect(served('/v1/campaign/c1')).toBe('CampaignGet');
    expect(served('/v1/campaign/c1/export')).toBe('Exports');
    expect(served('/v1/campaign/c1/clicks')).toBe('Exports');
    expect(served('/v1/campaign/c1/clicks/more')).toBe('Exports');
    // Inside the family, its own routes find the handler; the rest is the contract's 404.
    const inFamily = (path: string) => {
      const match = findRoute('POST', path, EXPORT_ROUTES);
      return match.kind === 'route' ? match.route.id : match.kind;
    };
    expect(inFamily('/v1/campaign/c1/clicks')).toBe('CampaignClicks');
    expect(inFamily('/v1/campaign/c1/export')).toBe('CampaignExport');
    expect(inFamily('/v1/campaign/c1/clicks/more')).toBe('none');
  });

  it('tell a wrong method from an unknown path', () => {
    expect(findRoute('GET', '/v1/sender/list')).toEqual({ kind: 'wrong-method', allowed: ['POST'] });
    expect(findRoute('POST', '/v1/nothing')).toEqual({ kind: 'none' });
    expect(findRoute('post', '/v1/sender/create').kind).toBe('route');
  });

  it('serve the documented routes', () => {
    expect(API_ROUTES.map((route) => `${route.method} ${route.path}`)).toEqual([
      'POST /v1/sender/create',
      'POST /v1/sender/list',
      'POST /v1/sender/{id}/campaign',
      'POST /v1/sms/preview',
      'POST /v1/contact/create',
      'POST /v1/contact/list',
      'POST /v1/contact/{id}',
      'POST /v1/contact/{id}/update',
      'POST /v1/contact/{id}/delete',
      'POST /v1/group/create',
      'POST /v1/group/list',
      'POST /v1/group/{id}',
      'POST /v1/group/{id}/add',
      'POST /v1/group/{id}/remove',
      'POST /v1/segment/create',
      'POST /v1/segment/list',
      'POST /v1/segment/preview',
      'POST /v1/segment/fields',
      'POST /v1/segment/{id}',
      'POST /v1/segment/{id}/update',
      'POST /v1/segment/{id}/delete',
      'POST /v1/campaign/create',
      'POST /v1/campaign/test',
      'POST /v1/campaign/estimate',
      'POST /v1/campaign/list',
      'POST /v1/campaign/{id}',
      'POST /v1/campaign/{id}/messages',
      'POST /v1/campaign/{id}/export',
      'POST /v1/campaign/{id}/clicks',
      'POST /v1/export/{id}',
      'POST /v1/contact/import',
      'POST /v1/import/{id}',
      'POST /v1/campaign/{id}/cancel',
      'POST /v1/opt-out/add',
      'POST /v1/opt-out/list',
      'POST /v1/opt-out/remove',
      'POST /v1/webhook/create',
      'POST /v1/webhook/list',
      'POST /v1/webhook/{id}',
      'POST /v1/webhook/{id}/delete',
      'POST /v1/webhook/{id}/rotate-secret',
      'POST /v1/webhook/{id}/enable',
      'POST /v1/webhook/{id}/test',
      'POST /v1/webhook/{id}/deliveries',
      'POST /v1/account/balance',
      'POST /v1/account/transactions',
      'POST /v1/account/prices',
      'POST /v1/account/settings',
      'POST /v1/audit/list',
      'POST /v1/key/create',
      'POST /v1/key/list',
      'POST /v1/key/{id}/revoke',
      'POST /v1/me',
      'POST /v1/member/invite',
      'POST /v1/member/list',
      'POST /v1/member/{id}/update',
      'POST /v1/member/{id}/remove',
    ]);
  });
});
