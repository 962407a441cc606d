// A result file handed in to a class: a save (scenario and its hash, seed, seats, the whole log, a fingerprint after
// every quarter) plus `handIn` (the student's name and the class code) and, for a classroom cut, `quarters`.
// The class results page reads these fields; `checkResultFile` verifies the file like any save.
import { createSave, saveText, type HandIn, type SaveFile, type SaveInput } from '../store/save-file';

export { MAX_HANDIN_TEXT, type HandIn } from '../store/save-file';

/** A save with a hand-in: what the end screen's Hand in writes. */
export type HandInFile = SaveFile & { handIn: HandIn };

/** Longest piece of a student's name kept in a file name. */
const NAME_IN_FILE = 40;

/**
 * Letters and digits only, in any script (a Chinese class's files keep their students' names: 李雷 stays 李雷), Latin
 * accents dropped, runs of anything else (slashes, dots, spaces) as one '-', lower case, at most `longest` characters:
 * no path, no dot, nothing a disk or a mail program reads as more than a name.
 */
export function safeFilePart(text: string, longest = NAME_IN_FILE): string {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return Array.from(plain.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')).slice(0, longest).join('').replace(/^-+|-+$/g, '');
}

/** `shakeout-<class>-<student>.json`, e.g. `shakeout-k7qd-3xmp-ada-lovelace.json`; a name with no letter or digit becomes `student`. */
export function handInFileName(handIn: HandIn): string {
  return `shakeout-${safeFilePart(handIn.classCode, 24) || 'class'}-${safeFilePart(handIn.student) || 'student'}.json`;
}

/** The hand-in of a game: its file name and its text (canonical JSON, as every save). */
export function createHandInFile(input: Omit<SaveInput, 'handIn'>, handIn: HandIn): { name: string; text: string; file: HandInFile } {
  const student = handIn.student.trim();
  const file = createSave({ ...input, handIn: { student, classCode: handIn.classCode } }) as HandInFile;
  return { name: handInFileName(file.handIn), text: saveText(file), file };
}
