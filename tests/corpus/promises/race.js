// Promise.race settles like the first input to settle; an already-settled input wins by order.
const later = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([later('slow', 30), later('fast', 5)]).then((v) => console.log('race 1:', v));
Promise.race([later('slow', 30), later('fast-fail', 5, true)]).catch((e) => console.log('race 2 rejected:', e.message));
Promise.race([later('timer', 0), 'plain', Promise.resolve('resolved')]).then((v) => console.log('race 3:', v));
const never = Promise.race([]);
setTimeout(() => console.log('race([]) is a', typeof never.then), 40);
