// Several 'exit' listeners run in registration order; a listener may change process.exitCode.
process.on('exit', (c) => { console.log('first', c); process.exitCode = 9; });
process.once('exit', (c) => console.log('second (once)', c, process.exitCode));
process.prependListener('exit', (c) => console.log('prepended', c));
