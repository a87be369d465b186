/** The dead-letter queues' twin: the in-process queues' own, as operators see SQS's. */
import type { DeadLetterQueue, DeadLetters } from '../shared/ports';
import type { LocalQueues, Outbox } from './sending';
import type { LocalWebhookQueue } from './webhooks';

/**
 * The local stack's queues with a dead-letter side (a STOP reply posted to `/_local/inbound` is applied
 * in the request, which answers its failure: no queue between).
 */
export const LOCAL_DEAD_LETTER_QUEUES = {
  dispatch: 'Envois planifiés qui n’ont pas pu être préparés',
  send: 'Lots de messages qui n’ont pas pu être envoyés',
  reports: 'Accusés de réception non appliqués',
  webhooks: 'Événements non livrés aux webhooks',
  exports: 'Exports CSV non écrits',
} as const;

export class LocalDeadLetters implements DeadLetters {
  constructor(
    private readonly queues: LocalQueues,
    private readonly webhooks: LocalWebhookQueue,
    private readonly outbox: Pick<Outbox, 'deadReports' | 'redriveReports'>,
  ) {}

  async list(): Promise<DeadLetterQueue[]> {
    const letters = {
      dispatch: this.queues.deadLetters.filter((letter) => letter.queue === 'dispatch'),
      send: this.queues.deadLetters.filter((letter) => letter.queue === 'send'),
      reports: this.outbox.deadReports,
      webhooks: this.webhooks.deadLetters,
      exports: this.queues.deadLetters.filter((letter) => letter.queue === 'export'),
    };
    return Object.entries(LOCAL_DEAD_LETTER_QUEUES).map(([name, what]) => {
      const queued = letters[name as keyof typeof letters].map((letter) => letter.queuedAt);
      return {
        name,
        what,
        depth: queued.length,
        ...(queued.length ? { oldestAt: new Date(Math.min(...queued)).toISOString() } : {}),
        redrivable: true,
      };
    });
  }

  async redrive(name: string) {
    if (name === 'dispatch' || name === 'send') this.queues.redrive(name);
    else if (name === 'reports') this.outbox.redriveReports();
    else if (name === 'webhooks') this.webhooks.redrive();
    else if (name === 'exports') this.queues.redrive('export');
    else return { found: false, redrivable: false };
    return { found: true, redrivable: true };
  }
}
