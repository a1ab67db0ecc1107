// unref() lets the process exit while the timer is pending; ref() undoes it.
const a = setTimeout(() => console.log('a (unref) never fires'), 100);
console.log('a.hasRef()', a.hasRef());
console.log('unref returns this:', a.unref() === a);
console.log('a.hasRef()', a.hasRef());
const b = setTimeout(() => console.log('b fires (ref again)'), 20);
b.unref();
b.ref();
console.log('b.hasRef()', b.hasRef());
process.on('exit', () => console.log('exit'));
