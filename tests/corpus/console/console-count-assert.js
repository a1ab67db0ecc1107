// console.count, console.countReset and console.assert.
console.count();
console.count();
console.count('apples');
console.count('apples');
console.countReset('apples');
console.count('apples');
console.assert(true, 'not printed');
console.assert(false, 'assertion %s', 'failed');
console.assert(false);
console.assert(0, { reason: 'object' });
console.log('end');
