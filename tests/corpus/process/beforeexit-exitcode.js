// 'beforeExit' receives process.exitCode.
process.exitCode = 2;
process.once('beforeExit', (code) => console.log('beforeExit code', code));
