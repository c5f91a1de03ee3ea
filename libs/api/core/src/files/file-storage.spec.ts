import { sniffFileType, storedFileName } from './file-storage';

describe('sniffFileType', () => {
  const bytes = (...b: number[]) => Buffer.from([...b, ...Array(16).fill(0)]);
  it('recognises the accepted types by their first bytes', () => {
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffFileType(Buffer.from('GIF89a......'))).toBe('image/gif');
    expect(sniffFileType(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffFileType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses anything else, whatever its name', () => {
    expect(sniffFileType(Buffer.from('MZ\x90\x00\x03\x00'))).toBeNull(); // a Windows executable
    expect(sniffFileType(Buffer.from('\x7fELF\x02\x01\x01'))).toBeNull();
    expect(sniffFileType(Buffer.from('<svg onload="alert(1)"/>'))).toBeNull();
    expect(sniffFileType(Buffer.from('<html><script>'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });
});

describe('storedFileName', () => {
  const name = (given: string | undefined, type: Parameters<typeof storedFileName>[1] = 'image/png') =>
    storedFileName(given, type, 'fichier', 200);

  it('gives a file the extension of the type found in its content', () => {
    expect(name('photo.exe')).toBe('photo.png');
    expect(name('photo.jpg')).toBe('photo.png');
    expect(name('photo')).toBe('photo.png');
    expect(name('Rapport 2025.PDF', 'application/pdf')).toBe('Rapport 2025.pdf');
    expect(name('photo.JPEG', 'image/jpeg')).toBe('photo.jpeg');
    expect(name('photo.png.exe')).toBe('photo.png.png');
    expect(name('bilan v2.1 final', 'application/pdf')).toBe('bilan v2.1 final.pdf');
  });

  it('keeps names safe in a header and a path, without hidden characters', () => {
    expect(name('pho"to/..\\x.png')).toBe('photo..x.png');
    expect(name('photo\u202Egnp.exe')).toBe('photognp.png');
    expect(name('a\u0000b\u200B.png')).toBe('ab.png');
    expect(name('.htaccess')).toBe('htaccess.png');
    expect(name('...')).toBe('fichier.png');
    expect(name(undefined, 'image/gif')).toBe('fichier.gif');
    expect(name('   ')).toBe('fichier.png');
  });

  it('keeps within the length, extension included', () => {
    const long = storedFileName(`${'é'.repeat(500)}.exe`, 'image/webp', 'fichier', 200);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('é.webp')).toBe(true);
  });
});
