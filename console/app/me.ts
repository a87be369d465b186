/** Who is signed in, in which account and with which role: what each page and button is shown by. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me, Role } from './types';

export const MeContext = createContext<Me | null>(null);

/** The roles, each allowed what those before it are (as `shared/accounts/roles.ts` says). */
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin', 'owner'];

export const roleAllows = (held: Role, needed: Role) => ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** Whether the signed-in person's role allows what `needed` may do (the API decides; this only hides). */
export function useCan(): (needed: Role) => boolean {
  const me = useContext(MeContext);
  return (needed) => (me ? roleAllows(me.role, needed) : false);
}

export const useMe = () => useContext(MeContext);

export const ROLE_LABEL: Record<Role, string> = {
  viewer: 'Lecteur',
  editor: 'Éditeur',
  admin: 'Administrateur',
  owner: 'Propriétaire',
};
