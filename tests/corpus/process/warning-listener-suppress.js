// A 'warning' listener does not silence the default stderr output; deprecation warnings
// carry their code.
process.on('warning', (w) => console.log('got', w.name, w.code || '-'));
process.emitWarning('old API', 'DeprecationWarning', 'DEP_MY_OLD');
process.emitWarning('careful', { code: 'MY_WARN' });
