// Node's error codes and messages for bad offsets and values.
const buf = Buffer.alloc(4);
const attempts = [
  () => buf.readUInt32LE(1),
  () => buf.readUInt8(1.5),
  () => buf.readUInt16BE('0'),
  () => buf.writeUInt8(256),
  () => buf.writeInt16LE(40000),
  () => buf.writeUInt32BE(-1),
  () => buf.readIntLE(0, 7),
  () => Buffer.alloc(0).readUInt8(0),
  () => Buffer.alloc(-1),
  () => Buffer.alloc('4'),
  () => buf.write('x', 5),
  () => buf.swap32.call(Buffer.alloc(3)),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} ${err.code}: ${err.message}`);
  }
}
