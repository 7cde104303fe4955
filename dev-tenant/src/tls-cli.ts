import { loadOrCreateTls } from './certs';

/**
 * `node dev-tenant/dist/tls-cli.js <dir>`: makes the CA before any process that must trust it starts, so the
 * test runner can hand it to Node as NODE_EXTRA_CA_CERTS. Prints the CA certificate's path.
 */
const dir = process.argv[2];
if (!dir) {
  console.error('usage: tls-cli <directory>');
  process.exit(2);
}
console.log(loadOrCreateTls(dir).caCertPath);
