import { useEffect, useState } from 'preact/hooks';
import { whenSessionEnds } from './api';
import { go } from './router';
import { isSignedIn, signOut } from './session';

/**
 * Whether someone is signed in in this tab, and whether their session just ended (the sign-in page says
 * so): the console's and the back office's pages alike.
 */
export function useSignedIn() {
  const [signedIn, setSignedIn] = useState(isSignedIn);
  const [ended, setEnded] = useState(false);
  useEffect(
    () =>
      whenSessionEnds(() => {
        setEnded(true);
        setSignedIn(false);
      }),
    [],
  );
  return {
    signedIn,
    ended,
    signedInNow: () => {
      setEnded(false);
      setSignedIn(true);
    },
    leave: () => {
      signOut();
      setSignedIn(false);
      go('/');
    },
  };
}
