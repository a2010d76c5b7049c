export const ioMessages = {
  'io/not-found': { severity: 'error', text: 'file not found: {path}' },
  'io/is-directory': { severity: 'error', text: 'expected a file but {path} is a directory' },
  'io/not-a-folder': { severity: 'error', text: 'expected a folder but {path} is a file' },
  'io/unreadable': { severity: 'error', text: 'cannot read {path}: {reason}' },
  'io/empty': { severity: 'error', text: 'the file is empty' },
  'io/binary': { severity: 'error', text: 'the file looks like binary data, not text' },
  'io/unknown-encoding': {
    severity: 'error',
    text: 'cannot tell the encoding: the bytes are neither valid UTF-8 nor GB18030 text',
  },
  'io/decoded-gb18030': { severity: 'info', text: 'decoded as GB18030' },
  'io/write-failed': { severity: 'error', text: 'cannot write {path}: {reason}' },
} as const;
