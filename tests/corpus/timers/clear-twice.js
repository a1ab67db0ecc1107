// Clearing a timer twice, or after it fired, is harmless.
const t = setTimeout(() => console.log('never'), 10);
clearTimeout(t);
clearTimeout(t);
const u = setTimeout(() => {
  console.log('u fired');
  setTimeout(() => { clearTimeout(u); console.log('cleared after firing: ok'); }, 1);
}, 1);
const imm = setImmediate(() => console.log('never immediate'));
clearImmediate(imm);
clearImmediate(imm);
console.log('done scheduling');
