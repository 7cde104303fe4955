import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { getMeta, setMeta } from '../store/database';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

/** The token signing key lives in the database so tokens issued before a restart stay valid after it. */
export async function loadOrCreateSigningKey(db: Db): Promise<SigningKey> {
  const stored = getMeta(db, 'signingKey');
  if (stored) return fromStored(JSON.parse(stored) as { kid: string; privateJwk: JWK; publicJwk: JWK });
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID().replace(/-/g, '');
  const record = { kid, privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  setMeta(db, 'signingKey', JSON.stringify(record));
  return fromStored(record);
}

async function fromStored(record: { kid: string; privateJwk: JWK; publicJwk: JWK }): Promise<SigningKey> {
  const privateKey = (await importJWK(record.privateJwk, 'RS256')) as KeyLike;
  const publicJwk = { ...record.publicJwk, kid: record.kid, use: 'sig', alg: 'RS256' };
  return { kid: record.kid, privateKey, publicJwk };
}
