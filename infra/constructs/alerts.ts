import { Aspects, CfnOutput, type IAspect, Stack } from 'aws-cdk-lib';
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct, type IConstruct } from 'constructs';
import { serviceTopic } from './topics';

/**
 * Operators' alerts: one topic every alarm of the stack tells, when it goes off and when it clears (the
 * dead-letter queues' and any later one: an aspect finds them all), and an address subscribed at deploy
 * (`-c alarmEmail=…`; AWS asks it to confirm).
 */
export class OperatorAlerts extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: { email?: string }) {
    super(scope, id);
    this.topic = serviceTopic(this, 'Topic', 'operators’ alerts', 'cloudwatch.amazonaws.com');
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    const action = new SnsAction(this.topic);
    Aspects.of(Stack.of(this)).add(new TellOperators(action));
    new CfnOutput(Stack.of(this), 'AlertsTopicArn', {
      value: this.topic.topicArn,
      description: 'Every alarm tells this topic: subscribe operators (e-mail, chat, pager) to it',
    });
  }
}

class TellOperators implements IAspect {
  readonly #told = new WeakSet<Alarm>();
  constructor(private readonly action: SnsAction) {}

  visit(node: IConstruct): void {
    if (!(node instanceof Alarm) || this.#told.has(node)) return;
    this.#told.add(node);
    node.addAlarmAction(this.action);
    node.addOkAction(this.action);
  }
}
