// Immediates have ref/unref/hasRef; an unref'd immediate still runs when the loop is alive anyway.
const a = setImmediate(() => console.log('unref immediate ran'));
console.log(a.hasRef(), a.unref() === a, a.hasRef());
const b = setImmediate(() => console.log('ref immediate ran'));
console.log(b.hasRef());
b.unref();
b.ref();
console.log(b.hasRef());
