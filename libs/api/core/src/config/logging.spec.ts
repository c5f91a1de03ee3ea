import { createLogger } from './logging';

describe('createLogger', () => {
  it('writes a request it is given with its address redacted and without its headers', async () => {
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) });
    const token = 'q3J9x_Zk-8aLmP0vRt2WcYs5NbE7uHdF1gKoIiQwXyA';
    logger.error(
      { req: { method: 'GET', url: `/invitations/${token}?jeton=${token}`, id: 'r1', headers: { authorization: `Bearer ${token}` } } },
      'failed',
    );
    logger.flush();
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      msg: 'failed',
      req: { method: 'GET', url: '/invitations/[redacted]?jeton=[redacted]', id: 'r1' },
    });
    expect(lines.join('')).not.toContain(token);
  });
});
