/**
 * The session in the browser: the access token lives in memory only (never in storage); the
 * refresh token is an httpOnly cookie the page cannot read. Refreshes are shared between
 * concurrent callers, because each refresh rotates the cookie and a replay would end the session.
 */
export interface SessionAccount {
  id: string;
  displayName: string;
  role: string;
  emailVerified: boolean;
}

export interface SessionState {
  status: 'unknown' | 'anonymous' | 'signedIn';
  account: SessionAccount | null;
}

interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: string;
  account: SessionAccount;
}

const REFRESH_MUTATION = `mutation RefreshSession { refreshSession { accessToken accessTokenExpiresAt account { id displayName role emailVerified } } }`;
const SIGN_OUT_MUTATION = `mutation SignOut { signOut }`;

export class SessionStore {
  private token: string | null = null;
  private expiresAt = 0;
  private state: SessionState = { status: 'unknown', account: null };
  private listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly uri = '/graphql') {}

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAccessToken = (): string | null => this.token;

  /** Stores what signIn / verifyEmail / refreshSession returned. */
  signedIn(result: AuthResult) {
    this.token = result.accessToken;
    this.expiresAt = Date.parse(result.accessTokenExpiresAt);
    this.setState({ status: 'signedIn', account: result.account });
    this.schedule();
  }

  updateAccount(patch: Partial<SessionAccount>) {
    if (this.state.account) this.setState({ ...this.state, account: { ...this.state.account, ...patch } });
  }

  /** A token valid for at least 30 more seconds, refreshing first when needed. */
  async freshToken(): Promise<string | null> {
    if (this.token && this.expiresAt - Date.now() > 30_000) return this.token;
    if (this.state.status === 'anonymous') return null;
    await this.refresh();
    return this.token;
  }

  /** Restores or extends the session from the refresh cookie; false when there is none. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async signOut() {
    try {
      await this.post(SIGN_OUT_MUTATION);
    } finally {
      this.clear();
    }
  }

  clear() {
    this.token = null;
    this.expiresAt = 0;
    if (this.timer) clearTimeout(this.timer);
    this.setState({ status: 'anonymous', account: null });
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const body = (await this.post(REFRESH_MUTATION)) as { data?: { refreshSession?: AuthResult } | null };
      const result = body.data?.refreshSession;
      if (result) {
        this.signedIn(result);
        return true;
      }
    } catch {
      /* network error: treated as no session */
    }
    this.clear();
    return false;
  }

  private async post(query: string): Promise<unknown> {
    const response = await fetch(this.uri, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return response.json();
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    const delay = Math.max(5_000, this.expiresAt - Date.now() - 60_000);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private setState(state: SessionState) {
    this.state = state;
    this.listeners.forEach((l) => l());
  }
}
