// clearImmediate cancels; clearing the same immediate twice is harmless.
const i = setImmediate(() => console.log('must not print'));
clearImmediate(i);
clearImmediate(i);
clearImmediate(undefined);
setImmediate(() => console.log('other immediate runs'));
