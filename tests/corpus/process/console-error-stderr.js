// console.error and console.warn go to stderr; console.log and console.info to stdout.
console.log('log');
console.error('error');
console.info('info');
console.warn('warn');
console.log('%s is %d years and %i days, %j', 'Bob', 42.5, 3.9, { a: 1 });
