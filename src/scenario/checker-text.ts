// The schema's own messages (zod regex and refine checks) are catalogue keys, made when the schema is built, before any
// language is chosen: they are put into words when a problem is reported, in the language of that moment.
import { en } from '../i18n/en';
import { t, type MessageKey } from '../i18n';

/** A schema message in the active language: a catalogue key is looked up, any other text (zod's own) is kept. */
export function checkerText(message: string): string {
  return Object.hasOwn(en, message) ? t(message as MessageKey) : message;
}
