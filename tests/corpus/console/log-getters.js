// Accessor properties print as [Getter], [Setter] or [Getter/Setter]; util.inspect can call getters.
const util = require('util');
const obj = {
  get value() { return 42; },
  set only(v) {},
  get both() { return 'b'; },
  set both(v) {},
  plain: 1,
};
console.log(obj);
console.log(util.inspect(obj, { getters: true }));
console.log(util.inspect(obj, { getters: 'get' }));
console.log(util.inspect(obj, { getters: 'set' }));
console.log(util.inspect({ get nested() { return { deep: [1, 2] }; } }, { getters: true }));
console.log(util.inspect({ get broken() { throw new Error('nope'); } }, { getters: true }));
class Temp {
  constructor() {
    this.celsius = 20;
  }
  get fahrenheit() {
    return this.celsius * 9 / 5 + 32;
  }
}
console.log(new Temp());
