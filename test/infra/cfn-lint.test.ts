import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../rehearsal/cfn-lint';

const templateFile = (resources: Record<string, unknown>) => {
  const file = join(mkdtempSync(join(tmpdir(), 'cfn-lint-')), 'template.json');
  writeFileSync(file, JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }));
  return file;
};

describe('cfn-lint, as .ci/run and the rehearsal run it', () => {
  it('passes a sound template and refuses one with an error, with the repository’s configuration', async () => {
    const sound = await lintTemplate(templateFile({ Queue: { Type: 'AWS::SQS::Queue', Properties: {} } }));
    expect(sound).toEqual({ ran: true, ok: true, findings: '' });
    const broken = await lintTemplate(
      templateFile({ Queue: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 'soon' } } }),
    );
    expect(broken).toMatchObject({ ran: true, ok: false, findings: expect.stringMatching(/E\d{4}/) });
  });

  it('lets only the warnings .cfnlintrc.yaml lists through', async () => {
    // A DependsOn a reference already implies: W3005, ignored with its reason.
    const repeated = await lintTemplate(
      templateFile({
        Topic: { Type: 'AWS::SNS::Topic', Properties: {} },
        Queue: {
          Type: 'AWS::SQS::Queue',
          DependsOn: ['Topic'],
          Properties: { QueueName: { 'Fn::GetAtt': ['Topic', 'TopicName'] } },
        },
      }),
    );
    expect(repeated).toEqual({ ran: true, ok: true, findings: '' });
  });
});
