// Rules for text that players see: names from a scenario or typed in the game.

/**
 * Unicode direction controls (embeddings, overrides, isolates, marks). One in a name can make the text around it
 * read backwards ("‮gnitset" shows as "testing…"), so names may not carry them.
 */
export const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Words JavaScript gives every object: as ids they would collide with the language, so ids may not be one of them. */
export const RESERVED_IDS: readonly string[] = Object.getOwnPropertyNames(Object.prototype);
