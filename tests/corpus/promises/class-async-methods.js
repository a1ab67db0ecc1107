// Async methods, static async methods and async arrows all return promises and order by turns.
class Service {
  async get() { return 'instance'; }
  static async create() { return new Service(); }
}
const arrow = async () => 'arrow';
Service.create().then((s) => s.get()).then((v) => console.log(v));
arrow().then((v) => console.log(v));
console.log(Service.prototype.get.constructor.name, arrow() instanceof Promise);
