import os from 'node:os';
import path from 'node:path';

/** The folder the desktop app keeps its data in on this OS (Electron's userData for "Marginalia"). */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (env['MARGINALIA_DATA_DIR']) return env['MARGINALIA_DATA_DIR'];
  if (platform === 'win32') return path.win32.join(env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming'), 'Marginalia');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Marginalia');
  return path.posix.join(env['XDG_CONFIG_HOME'] ?? path.posix.join(home, '.config'), 'Marginalia');
}
