import { useEffect, useState } from 'preact/hooks';

/**
 * Pages are addressed by the hash (`#/campagnes/…`): one document at `/` serves them all, on the
 * local stack and deployed alike, and a reload or a shared link opens the same page.
 */
export function currentPath(): string[] {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

export function useRoute(): string[] {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const changed = () => setPath(currentPath());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return path;
}

export const go = (to: string) => {
  location.hash = to;
};

/** The lists a detail page goes back to. */
export const BACK = {
  campaigns: ['#/campagnes', 'Toutes les campagnes'],
  contacts: ['#/contacts', 'Contacts'],
  groups: ['#/groupes', 'Groupes'],
  webhooks: ['#/webhooks', 'Webhooks'],
} as const;
