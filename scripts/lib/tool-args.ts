/**
 * Every tool in scripts/ reads its command line with node:util's parseArgs, through here, so that
 * a wrong option is refused in Chinese, naming the option and the ones the tool takes.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { suggestion } from '../../src/data/content/problems.ts';

/** A command line the tool cannot take; the message is for the person who typed it. */
export class UsageError extends Error {}

/** parseArgs, strict, with its refusals as a UsageError in Chinese. */
export function parseToolArgs<T extends ParseArgsConfig>(
  tool: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(refusal(tool, config, error));
  }
}

/** The tool's arguments; on a wrong command line, says why on stderr and exits with 2. */
export function toolArgs<T extends ParseArgsConfig>(
  tool: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseToolArgs(tool, config);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

function refusal(tool: string, config: ParseArgsConfig, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs quotes what it refuses: '--forma', '--out <value>', 'extra'.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  const known = Object.keys(config.options ?? {}).map((name) => `--${name}`);
  const takes = known.length
    ? `${tool} 可用的选项：${known.join('、')}。`
    : `${tool} 不接受任何选项。`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const close = suggestion(option, known);
    return `${tool}：没有 ${option} 这个选项。${close ? `是否应为 ${close}？` : ''}${takes}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return message.includes('argument missing')
      ? `${tool}：选项 ${option} 后面要给出一个值，如 ${option} <值>。`
      : `${tool}：选项 ${option} 是开关，不带值；请只写 ${option}。`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `${tool}：不接受参数 ${JSON.stringify(quoted)}。${takes}`;
  throw error;
}
