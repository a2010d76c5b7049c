// Public API of @amend/word: input files told apart by content; Word documents read as text with paragraph positions.
export { readInput } from './read-input.ts';
export type { InputText } from './read-input.ts';
export { readDocx } from './docx-read.ts';
export type { WordText } from './docx-read.ts';
