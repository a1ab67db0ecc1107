// What the structured clone algorithm copies: Map, Set, Date, RegExp, typed arrays, BigInt, cycles.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const original = {
  map: new Map([['a', 1], ['b', { deep: true }]]),
  set: new Set([1, 'two', 3n]),
  date: new Date(Date.UTC(2020, 0, 1)),
  re: /ab+c/gi,
  bytes: new Uint8Array([1, 2, 3]),
  floats: new Float64Array([0.5, -0]),
  nested: { arr: [1, [2, [3]]], undef: undefined, nul: null, nan: NaN, inf: -Infinity },
  boxed: [new String('s'), new Number(5), new Boolean(false)],
};
original.self = original;
port2.once('message', (copy) => {
  console.log(copy);
  console.log('self cycle kept:', copy.self === copy);
  console.log('map is a Map:', copy.map instanceof Map, 'date is a Date:', copy.date instanceof Date);
  console.log('regexp lastIndex reset:', copy.re.lastIndex, 'flags:', copy.re.flags);
  console.log('different object:', copy !== original, copy.map !== original.map);
  port2.close();
});
port1.postMessage(original);
