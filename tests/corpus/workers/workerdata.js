// workerData is structured-cloned into the worker; isMainThread/threadId differ there.
const { Worker, isMainThread, threadId } = require('worker_threads');
console.log('main:', isMainThread, threadId);
const data = { list: [1, 2, 3], map: new Map([['k', 'v']]), date: new Date(0) };
const w = new Worker(`
  const { parentPort, workerData, isMainThread, threadId } = require('worker_threads');
  parentPort.postMessage({
    isMainThread,
    threadIdPositive: threadId > 0,
    sum: workerData.list.reduce((a, b) => a + b, 0),
    mapValue: workerData.map.get('k'),
    isDate: workerData.date instanceof Date,
    time: workerData.date.getTime(),
  });
`, { eval: true, workerData: data });
w.on('message', (m) => console.log('worker:', m));
