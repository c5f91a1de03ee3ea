import { sniffFileType } from './file-storage';

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
