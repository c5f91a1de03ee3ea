import './register-source-paths';
import { dropDatabase } from './test-database';

export default async function globalTeardown() {
  const template = process.env['TEST_TEMPLATE_DB'];
  if (template) await dropDatabase(template);
  await (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg?.stop();
}
