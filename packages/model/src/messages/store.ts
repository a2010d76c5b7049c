export const storeMessages = {
  'store/bad-index': {
    severity: 'error',
    en: '{path} is not a version index: {reason}',
    zh: '{path} 不是版本索引：{reason}',
  },
  'store/path-outside': {
    severity: 'error',
    en: 'the version file “{path}” named in {index} is outside its rule’s folder; refused',
    zh: '{index} 中列出的版本文件“{path}”不在该规章的文件夹内；已拒绝',
  },
  'store/folder-store': {
    severity: 'error',
    en: '{path} is a version store of an earlier release (folders with index.json); convert it first with: amend store migrate {dir}',
    zh: '{path} 是早期版本的版本库（含 index.json 的文件夹）；请先转换：amend store migrate {dir}',
  },
  'store/not-a-store': {
    severity: 'error',
    en: '{path} is neither a git version store nor a folder store',
    zh: '{path} 既不是 git 版本库，也不是文件夹版本库',
  },
  'store/undated': {
    severity: 'warning',
    en: 'the decision gives no date (no effective, promulgation or adoption date found); its versions are recorded as undated and show --at will not place them on a day',
    zh: '决定没有给出日期（未找到施行、公布或通过日期）；其版本记为“无日期”，show --at 不会将其归于某一天',
  },
  'store/write-failed': {
    severity: 'error',
    en: 'cannot record the versions in {path}: {reason}; the store still holds its previous commit',
    zh: '无法把版本记入 {path}：{reason}；版本库仍保持先前的提交',
  },
  'store/unreadable': {
    severity: 'error',
    en: 'cannot read the version store {path}: {reason}',
    zh: '无法读取版本库 {path}：{reason}',
  },
  'store/no-rule': {
    severity: 'error',
    en: 'no rule titled “{title}” in the store {path}',
    zh: '版本库 {path} 中没有标题为“{title}”的规章',
  },
  'store/not-yet-in-force': {
    severity: 'error',
    en: '“{title}” was not yet in force on {date}',
    zh: '“{title}”在{date}尚未施行',
  },
  'store/repealed': {
    severity: 'error',
    en: '“{title}” was repealed on {date} by {decision}',
    zh: '“{title}”已于{date}由{decision}废止',
  },
  'store/repealed-undated': {
    severity: 'error',
    en: '“{title}” was repealed by {decision} (undated)',
    zh: '“{title}”已由{decision}废止（无日期）',
  },
  'store/undated-version': {
    severity: 'warning',
    en: 'a later version of “{title}”, made by {decision}, is undated: it may already have been in force on {date}; shown is the last dated version ({shown})',
    zh: '“{title}”有一个由{decision}形成的较晚版本没有日期，{date}时可能已经施行；显示的是最后一个有日期的版本（{shown}）',
  },
  'store/latest-undated': {
    severity: 'info',
    en: 'this version of “{title}”, made by {decision}, is undated',
    zh: '“{title}”的这一版本由{decision}形成，没有日期',
  },
} as const;
