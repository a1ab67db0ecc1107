// File extends Blob with a name and lastModified.
const { File: BufferFile } = require('buffer');
const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f instanceof Blob, Object.prototype.toString.call(f));
console.log(BufferFile === File, Object.getOwnPropertyNames(File.prototype));
f.text().then((t) => console.log('contents', t));
try {
  new File(['x']);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(new File([], 'n', { lastModified: 'x' }).lastModified, typeof new File([], 'now').lastModified);
