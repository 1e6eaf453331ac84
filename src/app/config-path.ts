import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_CONFIG_HOME/lede/config.toml`, or `~/.config/lede/config.toml` when that is unset or relative. */
export function configPath(env: Readonly<Record<string, string | undefined>>): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'lede', 'config.toml');
}
