import pg from 'pg';

const counter = { count: 0, statements: [] as string[] };

/**
 * Counts SQL statements at the `pg` driver (not the ORM logger), for tests that assert a list
 * page costs the same number of statements whatever its size. Installing twice is harmless.
 */
export function installStatementCounter(): { reset(): void; readonly count: number; readonly statements: string[] } {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __counted?: boolean };
  if (!proto.__counted) {
    const original = proto.query;
    proto.query = function countedQuery(this: unknown, ...args: unknown[]) {
      const first = args[0];
      const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
      if (text) {
        counter.count++;
        counter.statements.push(text);
      }
      return original.apply(this, args);
    };
    proto.__counted = true;
  }
  return {
    reset() {
      counter.count = 0;
      counter.statements = [];
    },
    get count() {
      return counter.count;
    },
    get statements() {
      return counter.statements;
    },
  };
}
