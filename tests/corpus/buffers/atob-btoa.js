// atob/btoa: latin1 only, whitespace tolerance, errors.
console.log(btoa('hello'), atob('aGVsbG8='), atob('aGVsbG8'));
console.log(btoa('\xff\xfe'), JSON.stringify(atob('//4=')));
console.log(atob(' aG Vs\nbG8= '));
try {
  btoa('€');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  atob('abc$');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  atob('a');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(btoa(unescape(encodeURIComponent('€'))), decodeURIComponent(escape(atob('4oKs'))));
console.log(Buffer.from('€').toString('base64'), btoa(12), atob(null === null ? 'bnVsbA==' : ''));
