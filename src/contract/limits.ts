/** Longest chat message the server accepts, in characters; the widget shows it with a counter. */
export const MESSAGE_MAX_CHARS = 4000;
