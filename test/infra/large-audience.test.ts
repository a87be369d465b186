import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app';
import { DEFAULT_LARGE_AUDIENCE, readFunctionSettings } from '../../shared/config';

/** The environment of the API functions that create and estimate campaigns, as synthesized. */
function campaignFunctions(context: Record<string, unknown>) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const template = Template.fromStack(buildApp(app).stack);
  const functions = Object.values(template.findResources('AWS::Lambda::Function'));
  return ['POST /v1/campaign/create', 'POST /v1/campaign/estimate'].map((description) => {
    const found = functions.find((fn) => fn.Properties.Description === description);
    expect(found, description).toBeDefined();
    return found?.Properties.Environment.Variables as Record<string, string>;
  });
}

describe('the large audience as it is configured', () => {
  it('travels from `cdk deploy -c largeAudience` to the functions that create and estimate campaigns', () => {
    for (const variables of campaignFunctions({ largeAudience: '20000' })) {
      expect(variables.LARGE_AUDIENCE).toBe('20000');
      expect(readFunctionSettings({ LARGE_AUDIENCE: variables.LARGE_AUDIENCE }).largeAudience).toBe(20_000);
    }
  });

  it('is the default, 50,000, unless given', () => {
    for (const variables of campaignFunctions({})) {
      expect(variables.LARGE_AUDIENCE).toBeUndefined();
      expect(readFunctionSettings({ LARGE_AUDIENCE: variables.LARGE_AUDIENCE }).largeAudience).toBe(
        DEFAULT_LARGE_AUDIENCE,
      );
    }
    expect(DEFAULT_LARGE_AUDIENCE).toBe(50_000);
  });

  it('is refused at synth, and at a cold start, when it is not a whole number above 0', () => {
    for (const wrong of ['0', 'lots', '2.5', '-3'])
      expect(() => campaignFunctions({ largeAudience: wrong }), wrong).toThrow(/largeAudience.*whole number/);
    expect(() => readFunctionSettings({ LARGE_AUDIENCE: '0' })).toThrow(
      /LARGE_AUDIENCE must be a whole number of at least 1/,
    );
  });
});
