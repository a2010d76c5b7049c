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
  'io/bad-encoding': {
    severity: 'error',
    en: 'byte {offset} (0x{byte}, line {line}) is not valid text in any encoding tried (UTF-8, GB18030, or the UTF-16 its byte-order mark names)',
    zh: '第{offset}字节（0x{byte}，第{line}行）在所尝试的编码（UTF-8、GB18030，或字节顺序标记所指的 UTF-16）中都不是有效文字',
  },
  'io/decoded-utf16': {
    severity: 'info',
    en: 'decoded as UTF-16 (the file starts with its byte-order mark)',
    zh: '已按 UTF-16 解码（文件以其字节顺序标记开头）',
  },
  'io/decoded-gb18030': {
    severity: 'info',
    en: 'decoded as GB18030',
    zh: '已按 GB18030 解码',
  },
  'io/not-regular-file': {
    severity: 'error',
    en: 'will not write {path}: it is not a regular file but a named pipe, device, socket or symbolic link ({kind}); give the path of a regular file or of one that does not exist yet',
    zh: '不写入 {path}：它不是普通文件，而是命名管道、设备、套接字或符号链接（{kind}）；请给出普通文件或尚不存在的文件的路径',
  },
  'io/write-failed': {
    severity: 'error',
    en: 'cannot write {path}: {reason}',
    zh: '无法写入 {path}：{reason}',
  },
} as const;
