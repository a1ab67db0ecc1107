// fs.promises.open returns a FileHandle with write/read/stat/close.
const fsp = require('fs/promises');
const f = './tmp-filehandle.txt';
(async () => {
  const fh = await fsp.open(f, 'w+');
  console.log(typeof fh.fd);
  const { bytesWritten } = await fh.write('hello filehandle');
  console.log('bytesWritten', bytesWritten);
  const buf = Buffer.alloc(5);
  const { bytesRead } = await fh.read(buf, 0, 5, 6);
  console.log('read', bytesRead, buf.toString());
  console.log('size', (await fh.stat()).size);
  await fh.close();
  await fsp.rm(f);
  console.log('done');
})();
