// zod, set up once for every schema of the game: it compiles object checks with `new Function` unless told not to, and
// the game's Content-Security-Policy forbids that. Every module imports z from here, so the setting comes first.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
