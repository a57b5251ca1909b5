// The shape every cross-entry data rule reports in, so one build step can list them all with their fixes.

/** One thing wrong with the content files, told so that whoever edits them can fix it. */
export interface DataProblem {
  /** The file, from the project root: "content/data/levels.yaml". */
  file: string;
  /** The entry's id (or page id) when the problem sits in one entry. */
  entry?: string;
  /** The line of the file, from 1, when the problem is the file's syntax. */
  line?: number;
  /** What is wrong, with the values found. */
  problem: string;
  /** What to change to fix it. */
  fix: string;
}

/** Where a problem sits: `content/data/transitions.yaml, entry "2-3"`, or `content/data/glossary.yaml, line 12`. */
export function problemPlace({ file, entry, line }: Pick<DataProblem, 'file' | 'entry' | 'line'>): string {
  if (line !== undefined) return `${file}, line ${line}`;
  return entry === undefined ? file : `${file}, entry "${entry}"`;
}

/** One line: place, what is wrong and the fix. */
export function describeProblem(problem: DataProblem): string {
  return `${problemPlace(problem)}: ${problem.problem}; ${problem.fix}`;
}
