import type { QuietHours } from '../quiet-hours/quiet-hours';
import type { Role } from './roles';
export interface Plan {
  /** How many senders that are not refused the account may hold. */
  senderLimit: number;
  /** Requests each of the account's API keys may make in one second; the platform's setting when absent. */
  requestsPerSecond?: number;
}

export interface Account {
  id: string;
  name: string;
  plan: Plan;
  /** The sender name this account's campaigns use when theirs is missing or not accepted. */
  defaultSender?: string;
  /** The quiet hours of this account's campaigns that do not say theirs. */
  quietHours?: QuietHours;
  /** Set while operators hold the account: its keys and members are refused, its campaigns send nothing. */
  suspension?: Suspension;
  createdAt: string;
}

export interface Suspension {
  reason: string;
  at: string;
  /** The operator who suspended it (the audit log's label). */
  by: string;
}

export interface ApiKeyRecord {
  keyId: string;
  accountId: string;
  /** What people call it (`Intégration CRM`); keys made before names existed have none. */
  name?: string;
  /** What it may do; keys made before roles existed are the owner's. */
  role: Role;
  preview: string;
  createdAt: string;
  /** When it last opened a request (kept to the hour: one write a key an hour at most). */
  lastUsedAt?: string;
  revokedAt?: string;
}

export const DEFAULT_PLAN: Plan = { senderLimit: 10 };
