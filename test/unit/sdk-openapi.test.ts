import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../../scripts/openapi-types';
import type * as Sdk from '../../sdk/src/index';
import type { paths } from '../types/openapi';

/** Both ways assignable: the same shape, whatever each side calls its types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Operation<P extends keyof paths> = NonNullable<paths[P]['post']>;
type DocData<P extends keyof paths, S extends number> =
  Operation<P>['responses'] extends Record<S, { content: { 'application/json': { data: infer D } } }>
    ? D
    : never;
type DocBody<P extends keyof paths> = Omit<
  NonNullable<Operation<P>['requestBody']>['content']['application/json'],
  'apiKey'
>;
type Client = InstanceType<typeof Sdk.SmsClient>;
type Returns<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type Item<F> = Returns<F> extends { data: (infer T)[] } ? T : never;

describe('the SDK and the OpenAPI document', () => {
  it('are held by types openapi-typescript writes from the current document', async () => {
    // Stale types would check the SDK against an older document.
    expect(readFileSync(OPENAPI_TYPES_FILE, 'utf8'), 'run npm run openapi:types').toBe(await openApiTypes());
  });

  it("agree on each call's answer", () => {
    expectTypeOf<
      Same<Returns<Client['sender']['create']>, DocData<'/v1/sender/create', 201>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Item<Client['sender']['list']>, DocData<'/v1/sender/list', 200>[number]>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['campaign']['create']>, DocData<'/v1/campaign/create', 201>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['campaign']['get']>, DocData<'/v1/campaign/{id}', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Item<Client['campaign']['list']>, DocData<'/v1/campaign/list', 200>[number]>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Item<Client['campaign']['messages']>, DocData<'/v1/campaign/{id}/messages', 200>[number]>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['contact']['create']>, DocData<'/v1/contact/create', 201>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['contact']['update']>, DocData<'/v1/contact/{id}/update', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['contact']['delete']>, DocData<'/v1/contact/{id}/delete', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['campaign']['test']>, DocData<'/v1/campaign/test', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['segment']['create']>, DocData<'/v1/segment/create', 201>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['segment']['get']>, DocData<'/v1/segment/{id}', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Item<Client['segment']['list']>, DocData<'/v1/segment/list', 200>[number]>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['segment']['preview']>, DocData<'/v1/segment/preview', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['segment']['fields']>, DocData<'/v1/segment/fields', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['group']['get']>, DocData<'/v1/group/{id}', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['group']['add']>, DocData<'/v1/group/{id}/add', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<Same<Returns<Client['preview']>, DocData<'/v1/sms/preview', 200>>>().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['optOut']['add']>, DocData<'/v1/opt-out/add', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Item<Client['optOut']['list']>, DocData<'/v1/opt-out/list', 200>[number]>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['webhooks']['create']>, DocData<'/v1/webhook/create', 201>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Item<Client['webhooks']['deliveries']>, DocData<'/v1/webhook/{id}/deliveries', 200>[number]>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['campain']['export']>, DocData<'/v1/campaign/{id}/export', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['exports']['get']>, DocData<'/v1/export/{id}', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['campain']['clicks']>, DocData<'/v1/campaign/{id}/clicks', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['contact']['import']>, DocData<'/v1/contact/import', 200>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<Returns<Client['imports']['get']>, DocData<'/v1/import/{id}', 200>>
    >().toEqualTypeOf<true>();
  });

  it("agree on each call's input", () => {
    expectTypeOf<Same<Sdk.SenderCreateInput, DocBody<'/v1/sender/create'>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Sdk.ContactCreateInput, DocBody<'/v1/contact/create'>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Sdk.WebhookCreateInput, DocBody<'/v1/webhook/create'>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Sdk.OptOutAddInput, DocBody<'/v1/opt-out/add'>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Sdk.CampaignExportInput, DocBody<'/v1/campaign/{id}/export'>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Sdk.CampaignClicksInput, DocBody<'/v1/campaign/{id}/clicks'>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Sdk.ContactImportInput, DocBody<'/v1/contact/import'>>>().toEqualTypeOf<true>();
  });
});
