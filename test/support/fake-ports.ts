import { DEFAULT_SENDER_NAME } from '../../shared/config';
import type {
  DispatchQueue,
  DispatchRequest,
  Scheduler,
  ScheduleSpec,
  SendQueue,
  SendTask,
} from '../../shared/ports';

/**
 * Explicit fakes of the sending ports for use cases run without the local stack: each records what
 * it was given; the dispatch queue refuses its first `refuseDispatches` messages, as SQS in an outage.
 */
export function fakePorts(options: { refuseDispatches?: number } = {}) {
  const created: ScheduleSpec[] = [];
  const deleted: string[] = [];
  const dispatched: DispatchRequest[] = [];
  const tasks: SendTask[] = [];
  let refused = 0;
  const scheduler: Scheduler = {
    create: async (specs) => void created.push(...specs),
    delete: async (names) => void deleted.push(...names),
  };
  const dispatchQueue: DispatchQueue = {
    dispatch: async (request) => {
      if (refused < (options.refuseDispatches ?? 0)) {
        refused++;
        throw Object.assign(new Error('injected outage'), { name: 'ServiceUnavailable' });
      }
      dispatched.push(request);
    },
  };
  const sendQueue: SendQueue = { send: async (queued) => void tasks.push(...queued) };
  return { scheduler, dispatchQueue, sendQueue, created, deleted, dispatched, tasks };
}

/** What creating a campaign needs besides the table, clock and log. */
export const campaignPorts = (ports = fakePorts()) => ({
  defaultSenderName: DEFAULT_SENDER_NAME,
  scheduler: ports.scheduler,
  dispatchQueue: ports.dispatchQueue,
});
