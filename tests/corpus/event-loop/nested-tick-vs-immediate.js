// Nested nextTicks all run before the first immediate; nested immediates do not.
let depth = 0;
function t() {
  console.log('tick depth', depth);
  if (++depth < 4) process.nextTick(t);
}
setImmediate(() => console.log('immediate'));
process.nextTick(t);
