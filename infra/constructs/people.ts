import { CfnOutput, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  UserPool,
  type UserPoolClient,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { INVITATION_EMAIL, RESET_EMAIL } from '../../shared/accounts/emails';
import { OPERATORS_GROUP } from '../../shared/accounts/roles';
import type { HouseFunction } from './house-function';

/** What an API function does with the pool: invite (make or find a user), remove (forget one). */
const DIRECTORY_ACTIONS = {
  invite: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminGetUser'],
  remove: ['cognito-idp:AdminListGroupsForUser', 'cognito-idp:AdminDeleteUser'],
} as const;

/**
 * The people who sign in to the console (CONTRACT.md, People): a Cognito user pool with the e-mail as
 * user name, TOTP available, an `operators` group, and a public app client for the console (no secret:
 * a browser cannot keep one). Who may do what in an account is in the table, not here.
 */
export class People extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // People are invited by their account's admins (or by operators): nobody signs up alone.
      selfSignUpEnabled: false,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      userInvitation: { emailSubject: INVITATION_EMAIL.subject, emailBody: INVITATION_EMAIL.body },
      userVerification: {
        emailSubject: RESET_EMAIL.subject,
        emailBody: RESET_EMAIL.body,
        emailStyle: VerificationEmailStyle.CODE,
      },
      // Losing the pool loses every sign-in: it outlives the stack (not a rolled-back first deploy).
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'TOTP is offered to every user; the operators’ back office refuses an operator without it. Customers’ staff choose, as on the platforms they compare us with.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'The Essentials plan: threat protection (Plus) is billed per monthly active user; deploy with it once the team sizes justify the cost. Sign-in is rate-limited by Cognito, and every request is checked against the table’s memberships.',
      },
    );
    this.client = this.userPool.addClient('ConsoleClient', {
      userPoolClientName: 'console',
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    new CfnUserPoolGroup(this, 'OperatorsGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: OPERATORS_GROUP,
      description: "The platform's operators (the back office); TOTP required of them",
    });
    new CfnOutput(scope, 'UserPoolId', { value: this.userPool.userPoolId, description: 'Cognito user pool' });
    new CfnOutput(scope, 'UserPoolClientId', {
      value: this.client.userPoolClientId,
      description: "The console's app client",
    });
  }

  /** Every API route accepts a signed-in user's token, checked against this pool and client. */
  acceptTokens(fn: HouseFunction): void {
    fn.configure({ userPoolId: this.userPool.userPoolId, userPoolClientId: this.client.userPoolClientId });
  }

  /** The pool calls a route's function makes, on this pool only. */
  allowDirectory(fn: HouseFunction, use: keyof typeof DIRECTORY_ACTIONS): void {
    fn.addToRolePolicy(
      new PolicyStatement({ actions: [...DIRECTORY_ACTIONS[use]], resources: [this.userPool.userPoolArn] }),
    );
  }
}
