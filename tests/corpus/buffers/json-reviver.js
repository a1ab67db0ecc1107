// toJSON, JSON.stringify and reviving a Buffer.
const b = Buffer.from('héllo');
console.log(b.toJSON());
const json = JSON.stringify({ name: 'x', data: b });
console.log(json);
const revived = JSON.parse(json, (key, value) =>
  value && value.type === 'Buffer' ? Buffer.from(value.data) : value);
console.log(revived, revived.data.toString());
console.log(JSON.stringify(Buffer.alloc(0)), JSON.stringify([Buffer.from([1])]));
console.log(JSON.stringify(new Uint8Array([1, 2])));
console.log(JSON.stringify(b, null, 1).split('\n').length);
