/** What the API answers about groups (the SDK's answer types are these). */
import type { Contact } from '../contacts/contact';
import { type Page, type PageInfo, pageInfo } from '../page';
import type { Group } from './group';

/** A group with one page of its members. */
export interface GroupDetails extends Group {
  members: Contact[];
  membersPage: PageInfo;
}

/** What adding to or removing from a group answers: the group after it, and what changed. */
export interface GroupChange {
  group: Group;
  added?: number;
  alreadyMembers?: number;
  contactsCreated?: number;
  removed?: number;
  notMembers?: number;
}

export const groupDetails = (group: Group, members: Page<Contact>): GroupDetails => ({
  ...group,
  members: members.items,
  membersPage: pageInfo(members),
});

/** A group as answered: its fields, nothing of how it is stored. */
export const toGroup = (item: Group): Group => ({
  id: item.id,
  name: item.name,
  ...(item.description ? { description: item.description } : {}),
  memberCount: item.memberCount,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});
