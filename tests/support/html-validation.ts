// Runs html-validate (configured by .htmlvalidate.mjs) over built pages.
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every html-validate error in the given files, one line each ("file:line:column rule: message"). */
export async function htmlErrors(files: readonly string[], root = process.cwd()): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity !== 2) continue;
        errors.push(`${relative(root, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}
