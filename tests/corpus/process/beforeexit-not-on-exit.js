// 'beforeExit' is not emitted for an explicit process.exit().
process.on('beforeExit', () => console.log('beforeExit (must not print)'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(0), 1);
