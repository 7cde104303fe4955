// Stops the dev tenant that global-setup.js started (its whole process group).
module.exports = async function globalTeardown() {
  await globalThis.__SAMEN_TENANT__?.stop();
};
