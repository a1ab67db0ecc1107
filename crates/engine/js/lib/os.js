// Node's `os` module, with the simulated machine's answers.
'use strict';
module.exports = {
  EOL: '\n',
  platform: () => 'linux',
  type: () => 'Linux',
  arch: () => 'x64',
  release: () => '6.1.0-nodescope',
  hostname: () => 'nodescope',
  homedir: () => '/root',
  tmpdir: () => '/tmp',
  endianness: () => 'LE',
  cpus: () => Array.from({ length: 4 }, () => ({ model: 'Simulated CPU', speed: 2000, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } })),
  availableParallelism: () => 4,
  totalmem: () => 8 * 1024 ** 3,
  freemem: () => 4 * 1024 ** 3,
  uptime: () => 1000,
  loadavg: () => [0, 0, 0],
  networkInterfaces: () => ({}),
  userInfo: () => ({ uid: 0, gid: 0, username: 'root', homedir: '/root', shell: '/bin/sh' }),
  constants: { signals: {}, errno: {} },
  devNull: '/dev/null',
};
