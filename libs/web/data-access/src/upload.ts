import type { SessionStore } from './session';

export interface UploadedFile {
  id: string;
  kind: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
}

export class UploadProblem extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Sends one file as raw bytes to an upload address, reporting progress (0 to 1); XMLHttpRequest
 * because fetch cannot report upload progress. The API's message, in the interface's language, is
 * the error's message.
 */
export async function uploadFile(
  session: SessionStore,
  url: string,
  file: Blob,
  language: string,
  onProgress: (fraction: number) => void,
): Promise<UploadedFile> {
  const token = await session.freshToken();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept-language', language);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { message?: string } | UploadedFile | null = null;
      try {
        body = JSON.parse(xhr.responseText) as { message?: string } | UploadedFile;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as UploadedFile);
      else reject(new UploadProblem((body as { message?: string } | null)?.message ?? `HTTP ${xhr.status}`, xhr.status));
    };
    xhr.onerror = () => reject(new UploadProblem('network', 0));
    xhr.send(file);
  });
}
