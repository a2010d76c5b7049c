export const ioMessages = {
  'io/not-found': {
    severity: 'error',
    en: 'file not found: {path}',
    zh: '文件不存在：{path}',
  },
  'io/is-directory': {
    severity: 'error',
    en: 'expected a file but {path} is a directory',
    zh: '应为文件，但 {path} 是文件夹',
  },
  'io/not-a-folder': {
    severity: 'error',
    en: 'expected a folder but {path} is a file',
    zh: '应为文件夹，但 {path} 是文件',
  },
  'io/unreadable': {
    severity: 'error',
    en: 'cannot read {path}: {reason}',
    zh: '无法读取 {path}：{reason}',
  },
  'io/empty': {
    severity: 'error',
    en: 'the file is empty',
    zh: '文件为空',
  },
  'io/binary': {
    severity: 'error',
    en: 'the file looks like binary data, not text',
    zh: '文件看来是二进制数据，不是文本',
  },
  'io/unknown-encoding': {
    severity: 'error',
    en: 'cannot tell the encoding: the bytes are neither valid UTF-8 nor GB18030 text',
    zh: '无法判断编码：字节既不是有效的 UTF-8，也不是 GB18030 文本',
  },
  'io/decoded-gb18030': {
    severity: 'info',
    en: 'decoded as GB18030',
    zh: '已按 GB18030 解码',
  },
  'io/write-failed': {
    severity: 'error',
    en: 'cannot write {path}: {reason}',
    zh: '无法写入 {path}：{reason}',
  },
} as const;
