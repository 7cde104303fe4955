import { isTenantCoordinatesUnreadable } from '@samen/devkit/tenant-coordinates';
import { TokenRequestFailed } from '../access-tokens';
import { samenLists } from '../lists/samen-lists';
import { provisionSite, UntrustedCertificate, type ProvisioningTarget } from '../provisioning/provision-site';
import { InvalidSiteUrl, SiteNotFound } from '../provisioning/site-url';
import { parseCliArgs, resolveConfig, USAGE, UsageError, type ConfigContext } from './config';
import { formatReport } from './report-table';

export interface CliHost extends ConfigContext {
  out(line: string): void;
  err(line: string): void;
  /**
   * Makes this process trust the dev tenant's CA. Returns undefined when it already does, else runs the
   * command again in a process that does and returns that process's exit code.
   */
  trustDevTenantCa(caCertPath: string): number | undefined;
  provision?: typeof provisionSite;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Errors whose message says all a user needs; anything else is unexpected and shown with its stack. */
function explain(error: unknown): { message: string; exit: number } | undefined {
  if (error instanceof UsageError || error instanceof InvalidSiteUrl || isTenantCoordinatesUnreadable(error))
    return { message: error.message, exit: EXIT.usage };
  if (error instanceof SiteNotFound || error instanceof UntrustedCertificate)
    return { message: error.message, exit: EXIT.problems };
  if (error instanceof TokenRequestFailed)
    return { message: `No token for Graph: ${error.message} (check the client id and secret)`, exit: 1 };
  const graph = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof graph?.statusCode === 'number' && graph.statusCode > 0)
    return {
      message: `Graph answered ${graph.statusCode} ${String(graph.code)}: ${String(graph.message)}`,
      exit: 1,
    };
  return undefined;
}

async function provisionAndReport(
  host: CliHost,
  target: ProvisioningTarget,
  source: string,
): Promise<number> {
  host.out(
    `Provisioning ${samenLists.length} lists on ${target.site.href} (${source}, ${target.graphBaseUrl})`,
  );
  const report = await (host.provision ?? provisionSite)(target, samenLists);
  host.out('');
  formatReport(report).forEach((line) => host.out(line));
  return report.problems.length > 0 ? EXIT.problems : EXIT.ok;
}

/** `npm run provision -- [--site <url>]`; returns the exit code: 0 done, 1 problems, 2 bad usage. */
export async function runProvisionCli(argv: readonly string[], host: CliHost): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      host.out(USAGE);
      return EXIT.ok;
    }
    const config = resolveConfig(options, host);
    if (config.source === 'dev tenant') {
      const exit = host.trustDevTenantCa(config.caCertPath);
      if (exit !== undefined) return exit;
    }
    return await provisionAndReport(host, config.target, config.source);
  } catch (error) {
    const known = explain(error);
    if (!known) throw error;
    host.err(known.message);
    if (error instanceof UsageError) host.err(`Run with --help for usage.`);
    return known.exit;
  }
}
