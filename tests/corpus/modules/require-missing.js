// Requiring a missing module throws MODULE_NOT_FOUND; an unknown node: builtin throws ERR_UNKNOWN_BUILTIN_MODULE.
try {
  require('./tmp-no-such-module-file');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].startsWith("Cannot find module './tmp-no-such-module-file'"));
}
try {
  require('node:nope');
} catch (e) {
  console.log(e.code, e.message);
}
