import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockingFolder } from './embedded-postgres';

describe(blockingFolder.name, () => {
  const root = mkdtempSync(join(tmpdir(), 'mouvement-reach-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the private folder on the way to the data, as the postgres user would meet it', () => {
    const home = join(root, 'home');
    mkdirSync(join(home, 'project/.data'), { recursive: true });
    chmodSync(root, 0o755);
    chmodSync(home, 0o700);
    expect(blockingFolder(join(home, 'project/.data/pg'), { uid: 999_999, gid: 999_999 })).toBe(home);
  });

  it('lets through folders others may enter, and a folder owned by the user', () => {
    const open = join(root, 'open');
    const owned = join(root, 'owned');
    mkdirSync(join(open, 'data'), { recursive: true });
    mkdirSync(owned, { recursive: true });
    chmodSync(root, 0o755);
    chmodSync(open, 0o711);
    chmodSync(owned, 0o700);
    expect(blockingFolder(join(open, 'data/pg'), { uid: 999_999 })).toBeNull();
    const uid = process.getuid?.() ?? 0;
    expect(blockingFolder(owned, { uid })).toBeNull();
  });
});
