// URL.createObjectURL / revokeObjectURL with a Blob (the id is random, so it is masked).
const b=new Blob(['x']); const u=URL.createObjectURL(b); console.log(u.replace(/[0-9a-f-]{36}/,'UUID'), new URL(u).origin, new URL(u).protocol);
try{URL.createObjectURL('x')}catch(e){console.log(e.code,e.message)}
console.log(URL.revokeObjectURL('blob:nodedata:abc'), URL.revokeObjectURL('x'));
try{URL.revokeObjectURL()}catch(e){console.log(e.code,e.message)}
