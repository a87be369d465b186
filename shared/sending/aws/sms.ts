/** The AWS adapter of the SMS provider port: End User Messaging SMS. */
import {
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
  type SendTextMessageCommandInput,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { type Env, requiredSetting } from '../../config';
import {
  type FailureReason,
  type OutgoingSms,
  ProviderError,
  type ReplySms,
  type SmsProvider,
} from '../../ports';
import { reportContext } from '../../reports/end-user-messaging';

/** Well inside the send function's reserve (`send.ts`), so a slow call never runs past its deadline. */
const PROVIDER_CALL_TIMEOUT_MS = 5_000;

const RETRYABLE = new Set([
  'ThrottlingException',
  'InternalServerException',
  'ServiceUnavailableException',
  // Never connected: nothing reached the provider.
  'ECONNREFUSED',
  'EAI_AGAIN',
]);
/** The call may have reached the provider and its answer was lost: neither sent nor refused for sure. */
const NO_ANSWER = new Set([
  'TimeoutError',
  'RequestTimeout',
  'AbortError',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** The contract's reason for a final refusal, from End User Messaging's own (`Reason` of the exception). */
function failureReason(providerReason: string): FailureReason {
  if (providerReason.includes('OPTED_OUT')) return 'opted-out';
  if (providerReason.includes('INVALID') && providerReason.includes('NUMBER')) return 'invalid-number';
  return 'provider-refused';
}

/** AWS End User Messaging SMS: the sender name is the origination identity; errors sorted into retryable and final. */
export class EndUserMessagingSms implements SmsProvider {
  constructor(
    private readonly client: PinpointSMSVoiceV2Client,
    /** Every SMS goes with the configuration set whose events are its delivery reports. */
    private readonly options: { messageType: 'TRANSACTIONAL' | 'PROMOTIONAL'; configurationSetName: string },
  ) {}

  send(message: OutgoingSms): Promise<{ messageId: string }> {
    return this.#sendText({
      DestinationPhoneNumber: `+${message.to}`,
      OriginationIdentity: message.from,
      MessageBody: message.text,
      MessageType: this.options.messageType,
      ConfigurationSetName: this.options.configurationSetName,
      Context: reportContext(message),
      ...(message.timeToLive !== undefined ? { TimeToLive: message.timeToLive } : {}),
    });
  }

  /** Without the configuration set: its events would be reports of no campaign's message. */
  sendReply(message: ReplySms): Promise<{ messageId: string }> {
    return this.#sendText({
      DestinationPhoneNumber: `+${message.to}`,
      OriginationIdentity: message.from,
      MessageBody: message.text,
      MessageType: 'TRANSACTIONAL',
    });
  }

  async #sendText(input: SendTextMessageCommandInput): Promise<{ messageId: string }> {
    try {
      const result = await this.client.send(new SendTextMessageCommand(input));
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      const name = (error as Error).name;
      const code = (error as { code?: string }).code ?? '';
      // Left as it is: the caller's claim decides, and never sends the message blindly again.
      if (NO_ANSWER.has(name) || NO_ANSWER.has(code)) throw error;
      const reason = (error as { Reason?: string }).Reason;
      if (
        RETRYABLE.has(name) ||
        RETRYABLE.has(code) ||
        ((error as { $retryable?: unknown }).$retryable ?? false)
      ) {
        throw new ProviderError('provider-refused', true, name);
      }
      throw new ProviderError(failureReason(reason ?? ''), false, reason ? `${name}: ${reason}` : name);
    }
  }
}

export function smsProviderFromEnv(env: Env): SmsProvider {
  // A call that hangs would outlive the function's deadline; one that times out counts as unknown.
  const client = new PinpointSMSVoiceV2Client({
    requestHandler: { connectionTimeout: 2_000, requestTimeout: PROVIDER_CALL_TIMEOUT_MS },
  });
  return new EndUserMessagingSms(client, {
    messageType: requiredSetting(env, 'smsMessageType') === 'PROMOTIONAL' ? 'PROMOTIONAL' : 'TRANSACTIONAL',
    configurationSetName: requiredSetting(env, 'smsConfigurationSet'),
  });
}
