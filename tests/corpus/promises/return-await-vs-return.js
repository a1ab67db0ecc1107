// `return await p` vs `return p` inside an async function: which settles first?
async function withReturn() { return Promise.resolve('return p'); }
async function withReturnAwait() { return await Promise.resolve('return await p'); }
async function plain() { return 'plain value'; }
withReturn().then(console.log);
withReturnAwait().then(console.log);
plain().then(console.log);
let turn = 0;
(function next() { if (++turn <= 5) Promise.resolve().then(() => { console.log('  turn', turn); next(); }); })();
