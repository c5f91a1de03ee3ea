export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** Loads the demo movement; idempotent. Filled in as domains arrive. */
export async function seedDemo(_databaseUrl: string): Promise<{ accounts: DemoAccount[] }> {
  return { accounts: [] };
}
