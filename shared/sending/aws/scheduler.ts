/** The AWS adapter of the scheduler port: EventBridge Scheduler. */
import {
  ActionAfterCompletion,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  FlexibleTimeWindowMode,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { type Env, requiredSetting } from '../../config';
import type { Scheduler, ScheduleSpec } from '../../ports';

export interface AwsSchedulerConfig {
  groupName: string;
  dispatchFunctionArn: string;
  /** The role EventBridge Scheduler assumes to invoke the dispatch function, and nothing else. */
  roleArn: string;
  deadLetterQueueArn: string;
}

/** One schedule per slot, named after the campaign: creating one again is harmless, deleting a gone one too. */
export class EventBridgeScheduler implements Scheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly config: AwsSchedulerConfig,
  ) {}

  async create(schedules: readonly ScheduleSpec[]): Promise<void> {
    for (const schedule of schedules) {
      try {
        await this.client.send(
          new CreateScheduleCommand({
            Name: schedule.name,
            GroupName: this.config.groupName,
            ScheduleExpression: schedule.expression,
            ScheduleExpressionTimezone: schedule.timezone,
            FlexibleTimeWindow: { Mode: FlexibleTimeWindowMode.OFF },
            ActionAfterCompletion: schedule.expression.startsWith('at(')
              ? ActionAfterCompletion.DELETE
              : ActionAfterCompletion.NONE,
            Target: {
              Arn: this.config.dispatchFunctionArn,
              RoleArn: this.config.roleArn,
              // The occurrence is named by the instant it was scheduled for, unless the request names it.
              Input: JSON.stringify({ slot: '<aws.scheduler.scheduled-time>', ...schedule.request }),
              RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 20 },
              DeadLetterConfig: { Arn: this.config.deadLetterQueueArn },
            },
          }),
        );
      } catch (error) {
        if ((error as Error).name !== 'ConflictException') throw error;
      }
    }
  }

  async delete(names: readonly string[]): Promise<void> {
    for (const name of names) {
      try {
        await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.config.groupName }));
      } catch (error) {
        if ((error as Error).name !== 'ResourceNotFoundException') throw error;
      }
    }
  }
}

export const schedulerFromEnv = (env: Env): Scheduler =>
  new EventBridgeScheduler(new SchedulerClient({}), {
    groupName: requiredSetting(env, 'scheduleGroup'),
    dispatchFunctionArn: requiredSetting(env, 'dispatchFunctionArn'),
    roleArn: requiredSetting(env, 'schedulerRoleArn'),
    deadLetterQueueArn: requiredSetting(env, 'schedulerDeadLetterQueueArn'),
  });
