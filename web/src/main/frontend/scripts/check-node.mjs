#!/usr/bin/env node
// Verifies the Node.js / npm versions before the Maven build runs `npm ci`.
// Exits 1 with a clear message when they are too old.
import { execSync } from 'node:child_process';

const MIN_NODE = [20, 19, 0];
const MIN_NPM = [10, 0, 0];

function parse(v) {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(String(v || ''));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function atLeast(found, min) {
  if (!found) return false;
  for (let i = 0; i < 3; i++) {
    if (found[i] !== min[i]) return found[i] > min[i];
  }
  return true;
}

function npmVersion() {
  // When started through `npm run`, npm tells us its version in the user agent.
  const ua = process.env.npm_config_user_agent || '';
  const m = /\bnpm\/(\d+\.\d+\.\d+)/.exec(ua);
  if (m) return m[1];
  try {
    return execSync('npm --version', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const nodeVersion = process.versions.node;
const npmVer = npmVersion();
const nodeOk = atLeast(parse(nodeVersion), MIN_NODE);
const npmOk = atLeast(parse(npmVer), MIN_NPM);

if (!nodeOk || !npmOk) {
  console.error(
    `QualityWatch needs Node.js >= ${MIN_NODE.join('.')} and npm >= ${MIN_NPM[0]}; ` +
      `found Node.js ${nodeVersion} and npm ${npmVer || 'not found'}`,
  );
  process.exit(1);
}
console.log(`Node.js ${nodeVersion} and npm ${npmVer}: OK`);
