/**
 * Checking chosen files in the browser before upload (Art. 17.3): the size against the limit and
 * the extension against the allowed types. Only a courtesy: the server checks the size against
 * its configuration (413) and the type from the content (415), whatever the name says.
 */
import { ALLOWED_FILE_TYPES, type FileLike, tooLarge } from '../../api/informationFiles';

export type FileProblem = { kind: 'too-large' | 'type'; name: string };

const EXTENSIONS: readonly string[] = ALLOWED_FILE_TYPES.flatMap((t) => [...t.extensions]);

export const allowedTypeLabels = () => ALLOWED_FILE_TYPES.map((t) => t.label).join(', ');

export function fileProblems(files: readonly FileLike[], maxBytes: number): FileProblem[] {
  const big = new Set(tooLarge(files, maxBytes).map((f) => f.name));
  return files.flatMap((f): FileProblem[] => {
    if (big.has(f.name)) return [{ kind: 'too-large', name: f.name }];
    const dot = f.name.lastIndexOf('.');
    const ext = dot >= 0 ? f.name.slice(dot).toLowerCase() : '';
    return EXTENSIONS.includes(ext) ? [] : [{ kind: 'type', name: f.name }];
  });
}
