// The file an import dialog works on: picked, read as base64 (how file bytes cross the contract),
// handed to `onRead` (which asks for the preview), or a Vietnamese message when it cannot be read.
import { useState } from 'react';
import { readFileAsBase64 } from '../api';
import { t } from '../i18n';

export interface PickedFile {
  name: string;
  base64: string;
}

export function usePickedFile(onRead: (file: PickedFile) => void) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const clear = () => {
    setFile(null);
    setReadError(null);
  };
  const pick = async (picked: File | null) => {
    if (!picked) return;
    try {
      const read = { name: picked.name, base64: await readFileAsBase64(picked) };
      setFile(read);
      onRead(read);
    } catch (error) {
      setReadError(error instanceof Error ? error.message : t.errors.unexpected);
    }
  };
  return { file, readError, pick, clear };
}
