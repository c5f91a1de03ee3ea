// `npm run db:migrate | db:revert | db:seed | admin:create -- --email a@b.fr`
const { build, apiEntry, run } = require('./run');

build(['api']);
run(process.execPath, [apiEntry('cli'), ...process.argv.slice(2)]);
