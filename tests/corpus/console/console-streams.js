// console.log/info/debug write to stdout, console.error/warn to stderr.
console.log('log to stdout');
console.error('error to stderr');
console.info('info to stdout');
console.warn('warn to stderr');
console.debug('debug to stdout');
console.error('formatted %s on stderr: %d', 'error', 7);
console.error({ objects: ['work', 'too'] });
process.stdout.write('raw write without newline|');
process.stdout.write('then a newline\n');
console.log('done');
