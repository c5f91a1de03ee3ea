import { signUp, type SignedIn } from './fixtures';
import { errorCode, startTestApp, type TestApp } from './test-app';

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** The first bytes of a Windows executable, named as if it were an image. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(512)]);

describe('Files of practices', () => {
  let t: TestApp;
  let author: SignedIn;
  let other: SignedIn;
  let practiceId: string;

  const upload = (data: Buffer, query: string, who?: SignedIn, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/pratiques/${practiceId}/fichiers?${query}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', ...(who ? { authorization: `Bearer ${who.token}` } : {}), ...headers },
      body: data,
    });
  const FILES = `query { practice(slug: "fichiers") { cover { id name url mimeType sizeBytes } attachments { id name mimeType } } }`;

  beforeAll(async () => {
    t = await startTestApp();
    [author, other] = await Promise.all([signUp(t), signUp(t)]);
    const { rows } = await t.db.query(
      `INSERT INTO practice (slug, title, summary, themes, region_code, status, published_at, created_by_id)
       VALUES ('fichiers', 'Fiche avec fichiers', 'Résumé.', '{ENERGY}', '75', 'PUBLISHED', now(), $1) RETURNING id`,
      [author.id],
    );
    practiceId = rows[0].id;
    await t.db.query(`INSERT INTO practice_author (practice_id, account_id) VALUES ($1, $2)`, [practiceId, author.id]);
  });
  afterAll(() => t.close());

  it('takes a cover image from its author and serves it back as it is, with safe headers', async () => {
    const res = await upload(PNG, 'type=couverture&nom=toit-solaire.png', author);
    expect(res.status).toBe(200);
    const file = (await res.json()) as { id: string; url: string; mimeType: string };
    expect(file).toMatchObject({ mimeType: 'image/png', url: `/fichiers/${file.id}/toit-solaire.png` });
    const read = await t.gql<{ practice: { cover: { name: string; sizeBytes: number } } }>(FILES);
    expect(read.data?.practice.cover).toMatchObject({ name: 'toit-solaire.png', sizeBytes: PNG.length });
    const download = await fetch(`${t.url}${file.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''toit-solaire\.png$/);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    // A new cover replaces the old one.
    expect((await upload(PNG, 'type=couverture&nom=autre.png', author)).status).toBe(200);
    const { rows } = await t.db.query(
      `SELECT count(*)::int AS n FROM practice_file WHERE practice_id = $1 AND kind = 'COVER' AND deleted_at IS NULL`,
      [practiceId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses files by their content: an executable renamed .png, a PDF as cover, an empty file, one over 10 MB', async () => {
    const exe = await upload(EXE, 'type=piece-jointe&nom=photo.png', author);
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as { code: string; message: string }).message).toMatch(/Seules les images/);
    const english = await upload(EXE, 'nom=photo.png', author, { 'accept-language': 'en-GB' });
    expect(((await english.json()) as { message: string }).message).toMatch(/Only images/);
    expect((await upload(PDF, 'type=couverture&nom=fiche.pdf', author)).status).toBe(400);
    expect((await upload(Buffer.alloc(0), 'nom=vide.png', author)).status).toBe(400);
    const huge = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(huge, 'nom=enorme.png', author)).status).toBe(413);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM practice_file WHERE practice_id = $1 AND kind = 'ATTACHMENT'`, [
      practiceId,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('names a file after the type found in its content: a PNG sent as photo.exe or photo.jpg is photo.png', async () => {
    for (const given of ['photo.exe', 'photo.jpg']) {
      const res = await upload(PNG, `type=couverture&nom=${encodeURIComponent(given)}`, author);
      const file = (await res.json()) as { id: string; name: string; url: string };
      expect(file).toMatchObject({ name: 'photo.png', url: `/fichiers/${file.id}/photo.png` });
      const { rows } = await t.db.query(`SELECT name, mime_type FROM practice_file WHERE id = $1`, [file.id]);
      expect(rows).toEqual([{ name: 'photo.png', mime_type: 'image/png' }]);
      const download = await fetch(`${t.url}${file.url}`);
      expect(download.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''photo.png`);
    }
    // A file stored under a misleading name before this rule is served under the right one.
    const { rows } = await t.db.query(
      `UPDATE practice_file SET name = 'ancienne.exe' WHERE practice_id = $1 AND kind = 'COVER' AND deleted_at IS NULL RETURNING id`,
      [practiceId],
    );
    expect((await t.gql<{ practice: { cover: { name: string; url: string } } }>(FILES)).data?.practice.cover).toMatchObject({
      name: 'ancienne.png',
      url: `/fichiers/${rows[0].id}/ancienne.png`,
    });
    const old = await fetch(`${t.url}/fichiers/${rows[0].id}/ancienne.exe`);
    expect(old.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''ancienne.png`);
  });

  it('keeps five attachments at most, from authors only', async () => {
    expect((await upload(PDF, 'nom=fiche.pdf')).status).toBe(401);
    expect((await upload(PDF, 'nom=fiche.pdf', other)).status).toBe(403);
    for (let i = 1; i <= 5; i += 1) expect((await upload(i % 2 ? PDF : PNG, `nom=annexe-${i}`, author)).status).toBe(200);
    expect((await upload(PDF, 'nom=de-trop.pdf', author)).status).toBe(409);
    const read = await t.gql<{ practice: { attachments: { id: string; mimeType: string }[] } }>(FILES);
    expect(read.data?.practice.attachments.map((a) => a.mimeType)).toEqual([
      'application/pdf',
      'image/png',
      'application/pdf',
      'image/png',
      'application/pdf',
    ]);
    const pdf = await fetch(`${t.url}/fichiers/${read.data?.practice.attachments[0]?.id}/annexe-1`);
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment;/);
    const REMOVE = `mutation($id: ID!) { removePracticeFile(fileId: $id) }`;
    const id = read.data?.practice.attachments[0]?.id;
    expect(errorCode(await t.gql(REMOVE, { id }, { token: other.token }))).toBe('FORBIDDEN');
    expect((await t.gql<{ removePracticeFile: boolean }>(REMOVE, { id }, { token: author.token })).data?.removePracticeFile).toBe(true);
    expect((await upload(PDF, 'nom=remplacante.pdf', author)).status).toBe(200);
    expect((await fetch(`${t.url}/fichiers/${id}/annexe-1`)).status).toBe(404);
  });
});
