import { findInvisibleCharacter } from '@mouvement/shared-domain';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where uploaded files live: a small interface so that object storage can replace the local disk later. */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Files under a directory (by default `.data/uploads`), named by their key. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private path(key: string): string {
    if (!/^[a-z0-9-]{8,80}$/.test(key)) throw new Error(`Invalid storage key ${key}`);
    return join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    await writeFile(path, data, { flag: 'wx' });
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf';

/**
 * The type of a file from its first bytes, for the few types we accept (an allow-list: anything
 * else, whatever its name or announced type, is refused).
 */
export function sniffFileType(data: Buffer): SniffedType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x47, 0x49, 0x46, 0x38]) && (data[4] === 0x37 || data[4] === 0x39) && data[5] === 0x61) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** The extensions each accepted type goes by; the first is the one given to a name without a right one. */
const EXTENSIONS: Record<SniffedType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
};

/** What follows the last dot counts as an extension when it looks like one: short, letters and digits. */
const EXTENSION = /^[\p{L}\p{N}]{1,10}$/u;

/**
 * The name a file is stored and served under: readable, safe in a header and a path, and ending
 * with the extension of the type its content was found to be, so that `photo.exe` or `photo.jpg`
 * holding a PNG is `photo.png` (what a person downloading it opens is what it is).
 */
export function storedFileName(name: string | undefined, type: SniffedType, fallback: string, maxLength: number): string {
  let cleaned = '';
  for (const char of (name ?? '').normalize('NFC')) {
    // Control and invisible characters could hide the real end of the name ("photo\u202Egnp.exe").
    if (/\p{Cc}/u.test(char) || findInvisibleCharacter(char) !== null || char === '"' || char === '\\' || char === '/') continue;
    cleaned += char;
  }
  // No leading dot either: a name starting with one is hidden on most systems.
  let start = 0;
  while (start < cleaned.length && (cleaned[start] === '.' || /\s/u.test(cleaned[start] as string))) start++;
  cleaned = cleaned.slice(start).trim();
  const dot = cleaned.lastIndexOf('.');
  const given = dot > 0 ? cleaned.slice(dot + 1) : '';
  const allowed = EXTENSIONS[type];
  const kept = allowed.includes(given.toLowerCase()) ? given.toLowerCase() : (allowed[0] as string);
  let base = dot > 0 && EXTENSION.test(given) ? cleaned.slice(0, dot) : cleaned;
  let end = base.length;
  while (end > 0 && (base[end - 1] === '.' || /\s/u.test(base[end - 1] as string))) end--;
  base = base.slice(0, end) || fallback;
  return `${[...base].slice(0, Math.max(1, maxLength - kept.length - 1)).join('')}.${kept}`;
}
