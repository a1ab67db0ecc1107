// process.stdout.write writes without a newline and returns true for small writes.
const r = process.stdout.write('no newline;');
process.stdout.write(' same line\n');
console.log('write returned', r);
process.stdout.write('with callback\n', () => console.log('write callback ran'));
console.log('after write with callback');
