// setTimeout(fn, 0) is setTimeout(fn, 1): both share one FIFO list.
setTimeout(() => console.log('a (1ms)'), 1);
setTimeout(() => console.log('b (0ms)'), 0);
setTimeout(() => console.log('c (1ms)'), 1);
setTimeout(() => console.log('d (no delay)'));
