import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app';
import { readFunctionSettings } from '../../shared/config';
import { capSettings, capsOf, hasCaps, NO_CAPS, parseCountryCaps } from '../../shared/sending/caps';

describe('throughput caps as they are configured', () => {
  it('read countries and their parts per second, and refuse what is not one, saying how to write it', () => {
    expect(parseCountryCaps('CI:20, sn:10')).toEqual({ CI: 20, SN: 10 });
    expect(parseCountryCaps('')).toEqual({});
    for (const wrong of ['CI=20', 'CIV:20', 'CI:0', 'CI:-3', 'CI:2.5'])
      expect(() => parseCountryCaps(wrong), wrong).toThrow(/write it CI:20/);
  });

  it('put a message under its country (named, or any other) and its sender', () => {
    const caps = { byCountry: { CI: 20 }, perOtherCountry: 5, perOrigination: 40 };
    expect(capsOf(caps, { phone: '2250701020304', origination: 'Shop' })).toEqual([
      { name: 'country#CI', limit: 20 },
      { name: 'origination#Shop', limit: 40 },
    ]);
    expect(capsOf(caps, { phone: '221771234567', origination: 'Shop' })[0]).toEqual({
      name: 'country#SN',
      limit: 5,
    });
    expect(capsOf(NO_CAPS, { phone: '2250701020304', origination: 'Shop' })).toEqual([]);
    expect(hasCaps(NO_CAPS)).toBe(false);
  });

  it('travel from `cdk deploy -c …` to the send function, and back through its settings', () => {
    const app = new App({
      context: {
        'aws:cdk:bundling-stacks': [],
        countryPartsPerSecond: 'CI:20,SN:10',
        defaultPartsPerSecond: '5',
      },
    });
    const template = Template.fromStack(buildApp(app).stack);
    const send = Object.values(template.findResources('AWS::Lambda::Function')).find((fn) =>
      String(fn.Properties.Description).startsWith('Sends one chunk'),
    );
    const variables = send?.Properties.Environment.Variables as Record<string, string>;
    expect(variables).toMatchObject({
      COUNTRY_PARTS_PER_SECOND: 'CI:20,SN:10',
      DEFAULT_PARTS_PER_SECOND: '5',
    });
    expect(variables.ORIGINATION_PARTS_PER_SECOND).toBeUndefined();
    expect(readFunctionSettings(variables).throughputCaps).toEqual({
      byCountry: { CI: 20, SN: 10 },
      perOtherCountry: 5,
      perOrigination: 0,
    });
    expect(capSettings(readFunctionSettings(variables).throughputCaps)).toEqual({
      countryPartsPerSecond: 'CI:20,SN:10',
      defaultPartsPerSecond: '5',
    });
  });

  it('refuse at synth a cap that is not one', () => {
    for (const context of [{ countryPartsPerSecond: 'Côte:20' }, { defaultPartsPerSecond: 'lots' }]) {
      const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
      expect(() => buildApp(app)).toThrow(/CI:20|whole number/);
    }
  });
});
