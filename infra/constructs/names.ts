import { Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/** The longest name AWS takes for a Lambda function, a schedule group or a configuration set. */
const MAX_NAME = 64;

/** What is named from the stack's name: resources others must know by name before they exist. */
const SUFFIXES = ['campaigns', 'dispatch', 'messages'] as const;

/** The longest `-c stackName` every name made from it fits. */
export const MAX_STACK_NAME = MAX_NAME - 1 - Math.max(...SUFFIXES.map((suffix) => suffix.length));

/** A name made from the stack's (`SmsPlatform-dispatch`); a stack name too long for it is refused at synth. */
export function stackScopedName(scope: Construct, suffix: (typeof SUFFIXES)[number]): string {
  const { stackName } = Stack.of(scope);
  const name = `${stackName}-${suffix}`;
  if (name.length > MAX_NAME) {
    throw new Error(
      `The stack name "${stackName}" (${stackName.length} characters) makes "${name}", over the ${MAX_NAME} characters AWS allows: give -c stackName=… of at most ${MAX_STACK_NAME} characters`,
    );
  }
  return name;
}
