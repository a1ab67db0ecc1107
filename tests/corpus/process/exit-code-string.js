// process.exitCode and process.exit() accept integer strings; what the listeners receive.
process.exitCode = '3';
console.log('exitCode', process.exitCode, typeof process.exitCode);
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, typeof code);
  setTimeout(() => process.exit('4'), 1);
});
process.on('exit', (code) => console.log('exit', code, typeof code, process.exitCode));
try { process.exitCode = 'abc'; } catch (e) { console.log(e.code); }
try { process.exitCode = 1.5; } catch (e) { console.log(e.code, e.name, e.message); }
try { process.exitCode = 'abc'; } catch (e) { console.log(e.message); }
