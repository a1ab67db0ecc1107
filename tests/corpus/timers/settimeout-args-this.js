// Extra arguments are passed to the callback; `this` is the Timeout / Immediate object.
setTimeout(function (a, b, c) {
  console.log('timeout args', a, b, c, 'this is Timeout:', this.constructor.name);
}, 5, 'x', 2, [3]);
setImmediate(function (...args) {
  console.log('immediate args', args.length, args, 'this is Immediate:', this.constructor.name);
}, 'p', 'q');
setImmediate(() => console.log('no args'));
