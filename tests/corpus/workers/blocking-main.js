// The same work on the main thread blocks the loop: a 0 ms timer waits for the loop to finish.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const order = [];
setTimeout(() => { order.push('timer'); console.log(order.join(', ')); }, 0);
setImmediate(() => order.push('immediate'));
order.push('start fib');
const r = fib(25);
order.push(`fib(25)=${r}`);
