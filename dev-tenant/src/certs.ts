import forge from 'node-forge';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TlsMaterial {
  caCertPath: string;
  key: string;
  cert: string;
}

const YEAR_MS = 365 * 24 * 3_600_000;

function rsaKeys() {
  // Node's native generator is far faster than forge's pure-JS one; forge only signs the certificates.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem);
  return { pem, privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
}

function certificate(subject: string, publicKey: forge.pki.PublicKey, years: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 24 * 3_600_000);
  cert.validity.notAfter = new Date(Date.now() + years * YEAR_MS);
  cert.setSubject([
    { name: 'commonName', value: subject },
    { name: 'organizationName', value: 'Samen dev tenant' },
  ]);
  return cert;
}

function createCa() {
  const keys = rsaKeys();
  const cert = certificate('Samen Dev Tenant Root CA', keys.publicKey, 10);
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { cert, privateKey: keys.privateKey };
}

function createServerCert(ca: ReturnType<typeof createCa>) {
  const keys = rsaKeys();
  const cert = certificate('localhost', keys.publicKey, 2);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ]);
  cert.sign(ca.privateKey, forge.md.sha256.create());
  return { key: keys.pem, cert: forge.pki.certificateToPem(cert) };
}

/** The tenant's own CA and a server certificate for 127.0.0.1/localhost, made once per directory. */
export function loadOrCreateTls(dir: string): TlsMaterial {
  const paths = { ca: join(dir, 'ca.crt'), key: join(dir, 'server.key'), cert: join(dir, 'server.crt') };
  if (!existsSync(paths.ca) || !existsSync(paths.key) || !existsSync(paths.cert)) {
    mkdirSync(dir, { recursive: true });
    const ca = createCa();
    const server = createServerCert(ca);
    writeFileSync(paths.ca, forge.pki.certificateToPem(ca.cert));
    writeFileSync(paths.key, server.key, { mode: 0o600 });
    writeFileSync(paths.cert, server.cert);
  }
  return {
    caCertPath: paths.ca,
    key: readFileSync(paths.key, 'utf8'),
    cert: readFileSync(paths.cert, 'utf8'),
  };
}
