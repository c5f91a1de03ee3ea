const KEY = 'mouvement.apresConfirmation';

/** A path of this site (not `//elsewhere`), or null. */
export function safePath(path: string | null | undefined): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') && path.length < 500 ? path : null;
}

/**
 * Where to go once the address is confirmed (an invitation opened before having an account): kept in
 * this browser while the person reads the confirmation mail, and used once.
 */
export function rememberAfterConfirmation(path: string | null): void {
  const safe = safePath(path);
  try {
    if (safe) window.localStorage.setItem(KEY, safe);
  } catch {
    /* storage refused: the person lands on their profile instead */
  }
}

export function takeAfterConfirmation(): string | null {
  try {
    const path = safePath(window.localStorage.getItem(KEY));
    window.localStorage.removeItem(KEY);
    return path;
  } catch {
    return null;
  }
}
