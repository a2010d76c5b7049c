// Public API of @amend/store: the git version store (docs/store.md).
export { fileStem } from './names.ts';
export { isCalendarDate } from './version-dates.ts';
export type { VersionDate } from './version-dates.ts';
export { inForce, record, ruleFile, storeProblem, versions, versionText } from './history.ts';
export type { FileChange, PlannedCommit, Provenance, Version } from './history.ts';
export { blame } from './blame.ts';
export type { BlameEntry } from './blame.ts';
export { isFolderStore, readFolderStore, writeMigrated } from './folder-migration.ts';
export { cleanStaleBuilds, isRepo, processAlive } from './git.ts';
