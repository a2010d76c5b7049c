// Public API of @amend/store.
export { fileStem } from './names.ts';
export { isCalendarDate } from './dates.ts';
export type { VersionDate } from './dates.ts';
