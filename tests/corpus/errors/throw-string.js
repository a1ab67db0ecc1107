// Throwing a non-Error value: node prints the value and exits 1.
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw 'a plain string'; }, 1);
